import type { QueueItem } from "../api/queue";
import type { Translator } from "../i18n/translator";
import { formatDuration } from "../time/format-duration";
import { MINUTE_MS } from "../time/units";
import { englishTranslator } from "./english";
import { formatWhen, type ZoneArg } from "./format-when";

/**
 * A queue row's deadline for a surface that cannot tick, worded as the conversation's own clock
 * line (countdownText): "Reply by 14:30 — 42 min left", "Resolve by Tue 09:00 — 19 h left",
 * "Breached 12 min ago", "No deadline running". Times are written as formatWhen writes them: on the
 * mailbox's clock, and on the reader's too when it differs.
 */
export function queueDeadlineText(
  item: Pick<QueueItem, "nextDeadline" | "nextDeadlineClock">,
  nowMs: number,
  timeZone: ZoneArg,
  t: Translator = englishTranslator(),
): string {
  if (item.nextDeadline === null) return t.t("view.queueNoDeadline");
  const left = item.nextDeadline - nowMs;
  if (left < 0)
    return -left < MINUTE_MS
      ? t.t("view.clockBreachedJustNow")
      : t.t("view.clockBreachedAgo", { duration: formatDuration(-left, {}, t) });
  // A queue row without a clock kind is read as the resolution clock, as before.
  const resolve = (item.nextDeadlineClock ?? "resolution") === "resolution";
  const by = t.t(resolve ? "view.resolveBy" : "view.replyBy", {
    when: formatWhen(item.nextDeadline, nowMs, timeZone, t),
  });
  return t.t("view.clockLeft", { by, duration: formatDuration(left, {}, t) });
}
