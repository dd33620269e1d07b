import type { QueueItem } from "@baton/shared";
import type { RouteResponse } from "@baton/shared/api";
import { formatStamp } from "@baton/shared/view";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { plural } from "../metrics/format";
import { clockCycles, type ClockCycle } from "./sla-timeline";

/** In the timeline's one date style ("Mon 23 Nov 13:20"), not the browser locale's. */
function timeIn(timeZone: string, ms: number): string {
  return formatStamp(ms, timeZone);
}

const CLOCK_NAMES: Record<string, string> = {
  first_response: "First response",
  next_response: "Next response",
  resolution: "Resolution",
};

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
        <h2 id="explain-title">{item.subject || "(no subject)"}</h2>
        <button type="button" ref={closeRef} onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {error !== null && <ErrorLine error={error} />}
      {detail !== null && (
        <p class="muted">
          {detail.conversation.status} · {detail.conversation.priority} · owner{" "}
          {detail.conversation.assignee ?? "nobody"} · {plural(detail.conversation.messageCount, "message")}
        </p>
      )}
      {explain === null && error === null && <p class="muted">Loading the timeline…</p>}
      {explain !== null &&
        clockCycles(explain).map((clock) => (
          <section class={`clock tone-${clock.state}`}>
            <h3>
              {CLOCK_NAMES[clock.kind] ?? clock.kind}
              {clock.cycle > 1 ? ` #${clock.cycle}` : ""} — {clock.state}
            </h3>
            <ul>
              {clock.explanation.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            <Holders clock={clock} timeZone={explain.timeZone} />
          </section>
        ))}
      {explain !== null && explain.history.length === 0 && <p class="muted">No SLA clock has started.</p>}
      {explain !== null && <p class="muted">Times in {explain.timeZone}.</p>}
      {detail !== null && detail.conversation.notes.length > 0 && (
        <section>
          <h3>Notes</h3>
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
  if (clock.holders.length === 0 && clock.recorded.length === 0) return null;
  return (
    <ul class="holders">
      {clock.holders.map((h) => (
        <li>
          held by {h.assignee ?? "nobody"} {timeIn(tz, h.from)} – {timeIn(tz, h.to)}
        </li>
      ))}
      {clock.recorded.map((r) => (
        <li>
          {r.kind} {timeIn(tz, r.at)}
          {r.notified.length > 0 ? ` → ${r.notified.join(", ")}` : ""}
        </li>
      ))}
    </ul>
  );
}
