import { useState } from "preact/hooks";
import { awayLine, instantFromLocalInput, localInputValue, tomorrowMorning } from "@baton/shared/view";

export type SetAway = (awayUntil: number | null) => Promise<{ awayUntil: number | null } | { error: string }>;

export interface AwayControlProps {
  /** Away until this instant (GET /me); null: not away. */
  initial: number | null;
  /** The member's own zone (the browser's): the picker and the sentence read their wall clock. */
  timeZone: string;
  now: () => number;
  onSet: SetAway;
}

/**
 * "Away until" in the pane's header: "You are away until Tue 09:00" with Clear while away; else a
 * closed menu with a date-time picker and "Until tomorrow morning". Routing gives an away member
 * nothing new (PUT /me/availability), so the sentence says it plainly.
 */
export function AwayControl({ initial, timeZone, now, onSet }: AwayControlProps) {
  const [awayUntil, setAwayUntil] = useState(initial);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nowMs = now();
  const line = awayLine(awayUntil, nowMs, timeZone);

  const set = async (value: number | null) => {
    setBusy(true);
    setError(null);
    const answer = await onSet(value);
    setBusy(false);
    if ("error" in answer) setError(answer.error);
    else setAwayUntil(answer.awayUntil);
  };

  return (
    <section class="section away" aria-label="Availability">
      {line !== null ? (
        <p class="row caption" role="status" data-testid="away">
          {line}
          <button type="button" class="link" disabled={busy} onClick={() => void set(null)}>
            Clear
          </button>
        </p>
      ) : (
        <details>
          <summary>Set yourself away</summary>
          <form
            class="row"
            onSubmit={(event) => {
              event.preventDefault();
              const at = instantFromLocalInput(typed, timeZone);
              if (at === null || at <= now()) setError("Choose a date and time in the future.");
              else void set(at);
            }}
          >
            <label>
              Away until
              <input
                type="datetime-local"
                min={localInputValue(nowMs, timeZone)}
                value={typed}
                onInput={(event) => {
                  setTyped(event.currentTarget.value);
                }}
              />
            </label>
            <button type="submit" disabled={busy || typed === ""}>
              Set away
            </button>
            <button type="button" disabled={busy} onClick={() => void set(tomorrowMorning(now(), timeZone))}>
              Until tomorrow morning
            </button>
          </form>
        </details>
      )}
      {error !== null && (
        <p class="field-error" role="alert" data-testid="away-error">
          {error}
        </p>
      )}
    </section>
  );
}
