import { useEffect, useState } from "preact/hooks";
import type { QueueItem } from "@baton/shared";
import { queueDeadlineText } from "@baton/shared/view";

export interface MyWorkProps {
  /** Assigned to me or mentioning me, by deadline (PaneController.myWork). */
  load: () => Promise<QueueItem[]>;
  /** Opens the thread in Outlook (the office adapter). */
  onOpen: (item: QueueItem) => void;
  /** The reader's zone: with no message open there is no mailbox to label times against. */
  timeZone: string;
  nowMs: number;
  /** Shown above the list ("Select a message ..."). */
  caption: string;
}

type Loaded = { state: "loading" } | { state: "ready"; items: QueueItem[] } | { state: "failed" };

/** The pinned pane with no message selected: what is mine to do, soonest deadline first, one click to open. */
export function MyWork({ load, onOpen, timeZone, nowMs, caption }: MyWorkProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const refresh = () => {
    setLoaded({ state: "loading" });
    load().then(
      (items) => {
        setLoaded({ state: "ready", items });
      },
      () => {
        setLoaded({ state: "failed" });
      },
    );
  };
  useEffect(refresh, [load]);
  return (
    <main class="pane">
      <p class="caption" role="status">
        {caption}
      </p>
      <section class="section" aria-label="My work">
        <h2 class="subtitle">My work</h2>
        {loaded.state === "loading" && <p class="skeleton">Loading what is assigned to you…</p>}
        {loaded.state === "failed" && (
          <p class="field-error" role="alert">
            Your work could not be loaded.{" "}
            <button type="button" class="link" onClick={refresh}>
              Retry
            </button>
          </p>
        )}
        {loaded.state === "ready" && loaded.items.length === 0 && (
          <p class="caption">Nothing assigned to you or mentioning you.</p>
        )}
        {loaded.state === "ready" && loaded.items.length > 0 && (
          <ul class="notes" data-testid="my-work">
            {loaded.items.map((item) => (
              <li key={item.key} class="note" data-tone={item.tone}>
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    onOpen(item);
                  }}
                >
                  {item.subject === "" ? "(no subject)" : item.subject}
                </button>
                <p class="caption">{queueDeadlineText(item, nowMs, timeZone)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
