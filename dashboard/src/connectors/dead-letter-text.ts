import type { DeadLetterView } from "@baton/shared/api";
import type { Translator } from "@baton/shared/i18n";

const MINUTE = 60_000;

/** "in 7 min", "in 2 h", "at the next poll": when the poll replays a waiting letter. */
function inText(ms: number, t: Translator): string {
  if (ms <= 0) return t.t("dashboard.retryAtNextPoll");
  if (ms < 90 * MINUTE)
    return t.t("dashboard.retryInMinutes", { minutes: Math.max(1, Math.round(ms / MINUTE)) });
  return t.t("dashboard.retryInHours", { hours: Math.round(ms / (60 * MINUTE)) });
}

/** What happens next to a letter: the admin decides whether to wait, retry or dismiss. */
export function statusText(letter: DeadLetterView, nowMs: number, t: Translator): string {
  const tries = t.t("dashboard.tries", { count: letter.attempts });
  if (letter.status === "gave_up") return t.t("dashboard.gaveUp", { tries });
  if (letter.retryAt === null) return t.t("dashboard.failedTries", { tries });
  const when = inText(letter.retryAt - nowMs, t);
  return letter.attempts === 0
    ? t.t("dashboard.retriedAsked", { when })
    : t.t("dashboard.failedRetried", { tries, when });
}

/** The message as the admin finds it in the mailbox: its Message-ID, else the provider's id. */
export function messageText(letter: DeadLetterView, t: Translator): string {
  // Product names are not translated.
  const provider = letter.provider === "google" ? "Gmail" : "Microsoft 365";
  return letter.messageId ?? t.t("dashboard.providerId", { provider, id: letter.providerId });
}

/** The list shows the newest `limit`; say so when it is full. */
export function limitText(count: number, limit: number, t: Translator): string | null {
  return count >= limit ? t.t("dashboard.limitFull", { limit }) : null;
}
