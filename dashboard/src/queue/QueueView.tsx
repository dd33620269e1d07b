import type { QueueItem } from "@baton/shared";
import { REQUEST_LIMITS } from "@baton/shared/limits";
import { queueDeadlineText } from "@baton/shared/view";
import type { Translator } from "@baton/shared/i18n";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { tOf, useTranslator } from "../app/i18n";
import type { Me } from "../app/types";
import { formatCount, formatDuration } from "../metrics/format";
import { breachText } from "./breach-text";
import { priorityName, statusName } from "./names";
import { ExplainPanel } from "./ExplainPanel";
import { backlogOf, groupQueue } from "./group-queue";

/** How often the queue refreshes: deadlines are minutes apart, and a poll costs one query. */
const REFRESH_MS = 20_000;
/** Pages of the queue loaded per refresh (the catalogue says why). */
const PAGES = REQUEST_LIMITS.dashboardQueuePages.value;

async function loadQueue(api: ApiClient, mailbox: string): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page += 1) {
    const response = await api.call("queue", {
      query: { mailbox, limit: REQUEST_LIMITS.queuePageSize.value, cursor },
    });
    items.push(...response.items);
    if (response.nextCursor === null) break;
    cursor = response.nextCursor;
  }
  return items;
}

export function QueueView({ api, me }: { api: ApiClient; me: Me }) {
  const [mailbox, setMailbox] = useState(me.mailboxes[0]?.address ?? "");
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<QueueItem | null>(null);
  const [now, setNow] = useState(Date.now());
  const translator = useTranslator();
  const t = tOf(translator);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      loadQueue(api, mailbox).then(
        (list) => {
          if (!live) return;
          setItems(list);
          setNow(Date.now());
          setError(null);
        },
        (e: unknown) => {
          if (live) setError(e);
        },
      );
    setItems(null);
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, mailbox]);

  const sections = items === null ? null : groupQueue(items);
  const backlog = items === null ? null : backlogOf(items, now);
  return (
    <section aria-labelledby="queue-title">
      <div class="toolbar">
        <h2 id="queue-title">{t("dashboard.queueTitle")}</h2>
        <label>
          {t("dashboard.mailbox")}{" "}
          <select
            value={mailbox}
            onChange={(e) => {
              setMailbox(e.currentTarget.value);
            }}
          >
            {me.mailboxes.map((m) => (
              <option value={m.address}>{m.name}</option>
            ))}
          </select>
        </label>
        <span class="muted">{t("dashboard.refreshesEvery", { seconds: REFRESH_MS / 1000 })}</span>
      </div>
      {error !== null && <ErrorLine error={error} />}
      {backlog !== null && (
        <p class="kpis" data-testid="backlog">
          <span>
            <strong>{formatCount(backlog.size, translator)}</strong> {t("dashboard.backlogOpen")}
          </span>
          <span>
            {t("dashboard.backlogMedianWait")}{" "}
            <strong>{formatDuration(backlog.medianWaitMs, translator)}</strong>
          </span>
          <span>
            {t("dashboard.backlogOldest")} <strong>{formatDuration(backlog.oldestWaitMs, translator)}</strong>
          </span>
        </p>
      )}
      {sections === null && error === null && <p class="muted">{t("dashboard.loadingQueue")}</p>}
      {sections !== null && (
        <div class="queue">
          <QueueSection
            title={t("dashboard.sectionBreached")}
            tone="breached"
            items={sections.breached}
            now={now}
            onOpen={setOpen}
          />
          <QueueSection
            title={t("dashboard.sectionBreachingSoon")}
            tone="warning"
            items={sections.breachingSoon}
            now={now}
            onOpen={setOpen}
          />
          <QueueSection
            title={t("dashboard.sectionUnassigned")}
            tone="neutral"
            items={sections.unassigned}
            now={now}
            onOpen={setOpen}
          />
          {sections.byAgent.map((group) => (
            <QueueSection title={group.agent} tone="neutral" items={group.items} now={now} onOpen={setOpen} />
          ))}
        </div>
      )}
      {open !== null && (
        <ExplainPanel
          api={api}
          item={open}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}

/** The reader's zone: the dashboard writes times of day as the browser's clock shows them. */
const READER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A row's deadline line: a breached row says what is overdue and by how much (breach-text.ts);
 * other rows the next deadline in the words every surface uses, or the status that pauses them.
 */
export function deadlineText(
  item: QueueItem,
  now: number,
  t: Translator,
  timeZone: string = READER_ZONE,
): string {
  if (item.tone === "breached") return breachText(item, now, t);
  if (item.nextDeadline === null && item.status !== "open")
    return t.t("dashboard.noDeadlineRunning", { status: statusName(item.status, t) });
  return queueDeadlineText(item, now, timeZone, t);
}

export function QueueSection(props: {
  title: string;
  tone: string;
  items: QueueItem[];
  now: number;
  onOpen: (item: QueueItem) => void;
}) {
  const translator = useTranslator();
  const t = tOf(translator);
  return (
    <section class={`queue-section tone-${props.tone}`} aria-label={props.title}>
      <h3>
        {props.title} <span class="count">{props.items.length}</span>
      </h3>
      {props.items.length === 0 ? (
        <p class="muted">{t("dashboard.none")}</p>
      ) : (
        <ul>
          {props.items.map((item) => (
            <li>
              <button
                type="button"
                class={`row tone-${item.tone}`}
                onClick={() => {
                  props.onOpen(item);
                }}
              >
                <span class="subject">{item.subject || t("dashboard.noSubject")}</span>
                <span class="meta">
                  {priorityName(item.priority, translator)} · {item.assignee ?? t("dashboard.unassigned")} ·{" "}
                  {deadlineText(item, props.now, translator)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
