import type { DeadLetterView } from "@baton/shared/api";

const MINUTE = 60_000;

/** "in 7 min", "in 2 h", "at the next poll": when the poll replays a waiting letter. */
function inText(ms: number): string {
  if (ms <= 0) return "at the next poll (within 5 minutes)";
  if (ms < 90 * MINUTE) return `in about ${Math.max(1, Math.round(ms / MINUTE))} min`;
  return `in about ${Math.round(ms / (60 * MINUTE))} h`;
}

/** What happens next to a letter: the admin decides whether to wait, retry or dismiss. */
export function statusText(letter: DeadLetterView, nowMs: number): string {
  const tries = `${letter.attempts} ${letter.attempts === 1 ? "try" : "tries"}`;
  if (letter.status === "gave_up")
    return `Gave up after ${tries}: retry once the cause is fixed, or dismiss it.`;
  if (letter.retryAt === null) return `Failed ${tries}.`;
  const next = `Retried ${inText(letter.retryAt - nowMs)}`;
  return letter.attempts === 0 ? `${next} (you asked).` : `Failed ${tries}. ${next}.`;
}

/** The message as the admin finds it in the mailbox: its Message-ID, else the provider's id. */
export function messageText(letter: DeadLetterView): string {
  return (
    letter.messageId ?? `${letter.provider === "google" ? "Gmail" : "Microsoft 365"} id ${letter.providerId}`
  );
}

/** Shown above the list: what a dead letter is, in one sentence. */
export const DEAD_LETTERS_INTRO =
  "Messages a mailbox connector could not record. The mailbox kept syncing without them; each is retried a few times, then waits for you.";

export const NO_DEAD_LETTERS = "No dead letters: every message the connectors read was recorded.";

export const NOT_ADMIN = "Only admins see the connectors' dead letters.";

/** The list shows the newest `limit`; say so when it is full. */
export function limitText(count: number, limit: number): string | null {
  return count >= limit ? `Showing the ${limit} most recent; dismiss some to see older ones.` : null;
}
