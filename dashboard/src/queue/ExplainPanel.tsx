import type { QueueItem } from "@baton/shared";
import type { RouteResponse } from "@baton/shared/api";
import type { Translator } from "@baton/shared/i18n";
import { formatStamp } from "@baton/shared/view";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { tOf, useTranslator } from "../app/i18n";
import { priorityName, statusName } from "./names";
import { clockCycles, type ClockCycle } from "./sla-timeline";

/** In the timeline's one date style ("Mon 23 Nov 13:20"), not the browser locale's. */
function timeIn(timeZone: string, ms: number, t: Translator): string {
  return formatStamp(ms, timeZone, {}, t);
}

const CLOCK_NAMES: Record<
  string,
  "dashboard.clockFirstResponse" | "dashboard.clockNextResponse" | "dashboard.clockResolution"
> = {
  first_response: "dashboard.clockFirstResponse",
  next_response: "dashboard.clockNextResponse",
  resolution: "dashboard.clockResolution",
};

const STATE_NAMES: Record<
  string,
  "dashboard.stateRunning" | "dashboard.statePaused" | "dashboard.stateMet" | "dashboard.stateBreached"
> = {
  running: "dashboard.stateRunning",
  paused: "dashboard.statePaused",
  met: "dashboard.stateMet",
  breached: "dashboard.stateBreached",
};

const RECORDED_NAMES: Record<
  string,
  "dashboard.recordedWarning" | "dashboard.recordedBreach" | "dashboard.recordedEscalation"
> = {
  warning: "dashboard.recordedWarning",
  breach: "dashboard.recordedBreach",
  escalation: "dashboard.recordedEscalation",
};

/** A name from one of the tables above, or the API's own word when the dashboard does not know it. */
function named<K extends string>(names: Record<string, K>, word: string, t: Translator): string {
  const key = names[word];
  return key === undefined ? word : (t.maybe(key) ?? word);
}

/** A dialog with the conversation's clocks, pauses, owner and notes; Escape closes it. */
export function ExplainPanel({
  api,
  item,
  onClose,
}: {
  api: ApiClient;
  item: QueueItem;
  onClose: () => void;
}) {
  const [explain, setExplain] = useState<RouteResponse<"sla"> | null>(null);
  const [detail, setDetail] = useState<RouteResponse<"getConversation"> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const translator = useTranslator();
  const t = tOf(translator);
  const key = item.key;

  // Closing hands focus back to what opened the drawer (its row), so a keyboard user keeps their place.
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  useEffect(() => {
    closeRef.current?.focus();
    api.call("sla", { params: { key } }).then(setExplain, setError);
    api.call("getConversation", { params: { key } }).then(setDetail, setError);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
    };
  }, [api, key, onClose]);

  return (
    <div class="panel" role="dialog" aria-modal="true" aria-labelledby="explain-title">
      <div class="panel-head">
        <h2 id="explain-title">{item.subject || t("dashboard.noSubject")}</h2>
        <button type="button" ref={closeRef} onClick={onClose} aria-label={t("dashboard.close")}>
          ✕
        </button>
      </div>
      {error !== null && <ErrorLine error={error} />}
      {detail !== null && (
        <p class="muted">
          {t("dashboard.conversationLine", {
            status: statusName(detail.conversation.status, translator),
            priority: priorityName(detail.conversation.priority, translator),
            owner: detail.conversation.assignee ?? t("dashboard.nobody"),
            count: detail.conversation.messageCount,
          })}
        </p>
      )}
      {explain === null && error === null && <p class="muted">{t("dashboard.loadingTimeline")}</p>}
      {explain !== null &&
        clockCycles(explain).map((clock) => (
          <section class={`clock tone-${clock.state}`}>
            <h3>
              {t("dashboard.clockHeading", {
                clock: named(CLOCK_NAMES, clock.kind, translator),
                cycle: clock.cycle > 1 ? ` #${clock.cycle}` : "",
                state: named(STATE_NAMES, clock.state, translator),
              })}
            </h3>
            <ul>
              {clock.explanation.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            <Holders clock={clock} timeZone={explain.timeZone} />
          </section>
        ))}
      {explain !== null && explain.history.length === 0 && <p class="muted">{t("dashboard.noClock")}</p>}
      {explain !== null && <p class="muted">{t("dashboard.timesIn", { zone: explain.timeZone })}</p>}
      {detail !== null && detail.conversation.notes.length > 0 && (
        <section>
          <h3>{t("dashboard.notes")}</h3>
          <ul>
            {detail.conversation.notes.map((note) => (
              <li>
                <strong>{note.author}</strong>: {note.body}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Who held the conversation during a cycle, and the warnings/breaches/escalations recorded. */
function Holders({ clock, timeZone: tz }: { clock: ClockCycle; timeZone: string }) {
  const translator = useTranslator();
  const t = tOf(translator);
  if (clock.holders.length === 0 && clock.recorded.length === 0) return null;
  return (
    <ul class="holders">
      {clock.holders.map((h) => (
        <li>
          {t("dashboard.heldBy", {
            owner: h.assignee ?? t("dashboard.nobody"),
            from: timeIn(tz, h.from, translator),
            to: timeIn(tz, h.to, translator),
          })}
        </li>
      ))}
      {clock.recorded.map((r) => (
        <li>
          {named(RECORDED_NAMES, r.kind, translator)} {timeIn(tz, r.at, translator)}
          {r.notified.length > 0 ? ` → ${r.notified.join(", ")}` : ""}
        </li>
      ))}
    </ul>
  );
}
