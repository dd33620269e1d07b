import type { Translator } from "../i18n/translator";
import { formatDuration } from "../time/format-duration";
import { MINUTE_MS } from "../time/units";
import { businessLeftAt, openStretchAnchor, type CountdownClock } from "./countdown-clock";
import { englishTranslator } from "./english";
import { formatWhen, type ZoneArg } from "./format-when";

export interface CountdownOptions {
  /** "47 min 11 s left" instead of "47 min left", for a pane that re-renders every second. */
  seconds?: boolean;
}

/** How a clock reads at an instant; only the last two depend on whether the surface can tick. */
type Reading =
  | { kind: "text"; text: string }
  /** The deadline lies inside the current open stretch: a wall-clock countdown is exact. */
  | { kind: "countdown"; dueAt: number }
  /**
   * The deadline lies after closed hours: a wall-clock countdown would be wrong, so the instant is
   * given, with the business time left when it is known (null: not without the calendar).
   */
  | { kind: "due_after_close"; dueAt: number; leftMs: number | null };

const dueNow = (clock: CountdownClock, t: Translator) =>
  t.t(clock.kind === "resolution" ? "view.clockResolutionDueNow" : "view.clockReplyDueNow");
/** "Reply by 13:42" / "Reactie verwacht vóór 13:42". */
const byWhen = (clock: CountdownClock, when: string, t: Translator) =>
  t.t(clock.kind === "resolution" ? "view.resolveBy" : "view.replyBy", { when });
/** Business time stays in hours: "1d" would read as a business day. */
const BUSINESS = { largest: "h" } as const;

function readClock(clock: CountdownClock, nowMs: number, timeZone: ZoneArg, t: Translator): Reading {
  const text = (value: string): Reading => ({ kind: "text", text: value });
  const when = (at: number) => formatWhen(at, nowMs, timeZone, t);
  const duration = (ms: number, format = {}) => formatDuration(ms, format, t);
  if (clock.state === "met")
    return text(t.t("view.clockMetIn", { duration: duration(clock.usedMs, BUSINESS) }));
  if (clock.state === "breached" && clock.stoppedAt !== null && clock.dueAt !== null)
    return text(t.t("view.clockBreachedBy", { duration: duration(clock.stoppedAt - clock.dueAt) }));
  if (clock.state === "breached" || (clock.dueAt !== null && nowMs > clock.dueAt)) {
    if (clock.dueAt === null) return text(t.t("view.clockBreached"));
    const overdue = nowMs - clock.dueAt;
    return text(
      overdue < MINUTE_MS
        ? t.t("view.clockBreachedJustNow")
        : t.t("view.clockBreachedAgo", { duration: duration(overdue) }),
    );
  }
  if (clock.pausedReason === "pending") return text(t.t("view.clockPausedPending"));
  if (clock.pausedReason === "snoozed") {
    const until = clock.snoozedUntil ?? null;
    return text(
      until === null
        ? t.t("view.clockPausedSnoozed")
        : t.t("view.clockPausedSnoozedUntil", { when: when(until) }),
    );
  }
  if (clock.dueAt === null)
    return text(t.t(clock.state === "paused" ? "view.clockPaused" : "view.clockRunning"));
  if (openStretchAnchor(clock, nowMs) !== null) return { kind: "countdown", dueAt: clock.dueAt };
  const leftMs = businessLeftAt(clock, nowMs);
  if (clock.leftMs <= 0 || leftMs === 0) {
    // Used up, yet not breached: the calendar is closed until the due instant (or it is now).
    if (clock.dueAt === nowMs) return text(dueNow(clock, t));
    return text(t.t("view.clockNoBusinessTimeLeft", { when: when(clock.dueAt) }));
  }
  if (clock.pausedReason === "outside_business_hours") {
    if (clock.resumesAt === null) return text(t.t("view.clockPausedClosed"));
    if (nowMs < clock.resumesAt)
      return text(t.t("view.clockPausedClosedResumes", { when: when(clock.resumesAt) }));
  }
  if (clock.state === "paused" && clock.pausedReason === null) return text(t.t("view.clockPaused"));
  return { kind: "due_after_close", dueAt: clock.dueAt, leftMs };
}

/**
 * The clock line of a clock at nowMs, the same in the pane, the card and the dashboard: "Reply by
 * 13:42 — 47 min left" (or "47 min 11 s left" with seconds), "Paused — waiting on customer", "Paused —
 * snoozed until Tue 09:00", "Paused — outside business hours, resumes Mon 09:00", "No business time
 * left — breaches Tue 09:00", "Breached 1 h 5 min ago", "Met in 35 min" (business time used), and,
 * when the deadline lies after closed hours, "Reply by Tue 09:30 — 42 min of business time left".
 * Times are written on the mailbox's clock, and on the reader's too when it differs ("Reply by 09:00
 * Amsterdam · 03:00 your time — 47 min left"); a plain zone string writes one clock, unlabelled.
 */
export function countdownText(
  clock: CountdownClock,
  nowMs: number,
  timeZone: ZoneArg,
  opts: CountdownOptions = {},
  t: Translator = englishTranslator(),
): string {
  const reading = readClock(clock, nowMs, timeZone, t);
  switch (reading.kind) {
    case "text":
      return reading.text;
    case "due_after_close": {
      const by = byWhen(clock, formatWhen(reading.dueAt, nowMs, timeZone, t), t);
      if (reading.leftMs === null) return by;
      return t.t("view.clockBusinessLeft", { by, duration: formatDuration(reading.leftMs, BUSINESS, t) });
    }
    case "countdown": {
      const remaining = reading.dueAt - nowMs;
      if (remaining === 0) return dueNow(clock, t);
      const duration = formatDuration(remaining, { seconds: opts.seconds === true }, t);
      const by = byWhen(clock, formatWhen(reading.dueAt, nowMs, timeZone, t), t);
      return t.t("view.clockLeft", { by, duration });
    }
  }
}

/**
 * For cards that cannot tick (Gmail): the same line as countdownText at minute precision, so both
 * clients word the same clock the same way ("Reply by 14:30 — 42 min left").
 */
export function gmailDeadlineText(
  clock: CountdownClock,
  nowMs: number,
  timeZone: ZoneArg,
  t: Translator = englishTranslator(),
): string {
  return countdownText(clock, nowMs, timeZone, {}, t);
}
