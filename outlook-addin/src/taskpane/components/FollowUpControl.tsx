import { useState } from "preact/hooks";
import type { RouteBody } from "@baton/shared/api";
import { localInputValue, zoneLabel } from "@baton/shared/view";
import { readSnoozeInput } from "../live-notices";
import type { SidebarView } from "../view";
import { FieldError } from "./FieldError";
import type { NoticeValue } from "./Notice";

/** This control's words, in one place (issue 18 moves them into the catalogues). */
export const FOLLOW_UP_WORDS = {
  section: "Follow-up",
  remindBy: (zone: string) => `Remind me if no reply by (${zone} time)`,
  remind: "Remind me",
  nextMorning: "Next business morning",
  remindMorning: "Remind me if no reply by next business morning",
  snoozeMorning: "Snooze until next business morning",
  clear: "Clear",
  clearLabel: "Clear the follow-up",
  empty: "Choose a date and time to be reminded by.",
};

/**
 * The keyword the follow-up and snooze routes resolve on the mailbox's business calendar, so every
 * client means the same morning. Spelled here, checked against the route's type: importing the
 * value from @baton/shared/api pulls the route table into the pane (25 KB gzipped).
 */
export const NEXT_BUSINESS_MORNING: typeof import("@baton/shared/api").NEXT_BUSINESS_MORNING =
  "next_business_morning";

export type FollowUpCommand =
  | { type: "followUp"; dueAt: RouteBody<"setFollowUp">["dueAt"] }
  | { type: "clearFollowUp" }
  | { type: "snooze"; until: RouteBody<"snooze">["until"] };

export interface FollowUpControlProps {
  view: SidebarView;
  disabled: boolean;
  nowMs: number;
  /** The server's refusal of the reminder time (field dueAt), shown beside the field as it came. */
  error: NoticeValue | null;
  /** Resolves true once the server accepted the command. */
  onCommand: (command: FollowUpCommand) => Promise<boolean> | undefined;
}

/**
 * "Reminder Tue 09:00 if no reply" / "Follow-up due" (the view's sentence, live as the snapshot
 * changes) with Clear, and "Remind me if no reply by" a time typed on the mailbox's clock (as the
 * snooze field is) or the next business morning, which the server resolves. When it fires the
 * conversation is back in the queue and the line says "Follow-up due". The picker shows only to
 * members who may change the status (the routes' permission); the line shows to everyone.
 */
export function FollowUpControl({ view, disabled, nowMs, error, onCommand }: FollowUpControlProps) {
  const [typed, setTyped] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const line = view.followUp ?? null;
  const may = view.buttons.status.length > 0;
  if (line === null && !may) return null;
  const zone = view.timeZone;
  const message: NoticeValue | null = refusal !== null ? { kind: "error", text: refusal } : error;
  const send = (dueAt: RouteBody<"setFollowUp">["dueAt"]) => {
    setRefusal(null);
    void Promise.resolve(onCommand({ type: "followUp", dueAt })).then((ok) => {
      if (ok === true) setTyped("");
    });
  };
  return (
    <div class="followup" role="group" aria-label={FOLLOW_UP_WORDS.section}>
      {line !== null && (
        <p class="row caption" role="status" data-testid="followup">
          {line}
          {may && (
            <button
              type="button"
              class="link"
              disabled={disabled}
              aria-label={FOLLOW_UP_WORDS.clearLabel}
              onClick={() => void onCommand({ type: "clearFollowUp" })}
            >
              {FOLLOW_UP_WORDS.clear}
            </button>
          )}
        </p>
      )}
      {may && (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            const reading = readSnoozeInput(typed, zone, Date.now(), FOLLOW_UP_WORDS.empty);
            if (reading.ok) send(new Date(reading.until).toISOString());
            else setRefusal(reading.sentence);
          }}
        >
          <label>
            {FOLLOW_UP_WORDS.remindBy(zoneLabel(zone))}
            <input
              type="datetime-local"
              min={localInputValue(nowMs, zone)}
              value={typed}
              aria-invalid={message !== null}
              aria-describedby={message !== null ? "followup-error" : undefined}
              onInput={(event) => {
                setTyped(event.currentTarget.value);
                setRefusal(null);
              }}
            />
          </label>
          <button type="submit" disabled={disabled}>
            {FOLLOW_UP_WORDS.remind}
          </button>
          <button
            type="button"
            disabled={disabled}
            aria-label={FOLLOW_UP_WORDS.remindMorning}
            onClick={() => {
              send(NEXT_BUSINESS_MORNING);
            }}
          >
            {FOLLOW_UP_WORDS.nextMorning}
          </button>
          {message !== null && <FieldError id="followup-error" notice={message} />}
        </form>
      )}
    </div>
  );
}
