import type { Translator } from "../i18n/translator";
import { formatDuration } from "../time/format-duration";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../time/units";
import { englishTranslator } from "./english";
import { monthName, weekdayName } from "./intl-names";
import { isKnownZone, zoneWallAt } from "./zone-clock";

/**
 * Whose clock a time is read on. Deadlines are set on the mailbox's calendar, but a reader in another
 * zone reads their own clock: a time is written in both, labelled, whenever the two differ.
 */
export interface TimeZones {
  /** The mailbox calendar's zone. */
  mailboxZone: string;
  /** The reader's zone from their client; null, absent or unknown to this runtime: the mailbox's. */
  readerZone?: string | null;
  /** How the mailbox's zone is named beside a time; default the zone's city ("Amsterdam"). */
  mailboxLabel?: string;
}

/** One zone (written without labels, as before readers' zones were known) or a mailbox and a reader. */
export type ZoneArg = string | TimeZones;

export function toTimeZones(zone: ZoneArg): TimeZones {
  return typeof zone === "string" ? { mailboxZone: zone } : zone;
}

/** "Europe/Amsterdam" -> "Amsterdam", "America/Argentina/Buenos_Aires" -> "Buenos Aires", "UTC". */
export function zoneLabel(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}

/**
 * A time of day as read on one zone's wall: "14:30" today, "Tue 09:00" within six days either side
 * (a weekday is unambiguous there), else "12 Mar 09:00" (with the year if it differs).
 */
function whenIn(t: number, nowMs: number, timeZone: string, tr: Translator): string {
  const at = zoneWallAt(timeZone, t);
  const now = zoneWallAt(timeZone, nowMs);
  // 24-hour "09:00" in every language Baton speaks, whatever the locale's own habit.
  if (at.date === now.date) return at.hhmm;
  if (Math.abs(at.dayNumber - now.dayNumber) <= 6)
    return tr.t("view.whenWeekday", { weekday: weekdayName(at.dayNumber, tr), time: at.hhmm });
  const [year = "", month = "", day = ""] = at.date.split("-");
  const parts = { day: Number(day), month: monthName(Number(month), tr), year, time: at.hhmm };
  return year === now.date.slice(0, 4) ? tr.t("view.whenDate", parts) : tr.t("view.whenDateYear", parts);
}

/** The reader's zone when it is known and its clock differs from the mailbox's at t, else null. */
function otherReaderZone(zones: TimeZones, t: number): string | null {
  const reader = zones.readerZone;
  if (!isKnownZone(reader) || reader === zones.mailboxZone) return null;
  const mailbox = zoneWallAt(zones.mailboxZone, t);
  const theirs = zoneWallAt(reader, t);
  return mailbox.offsetMs === theirs.offsetMs ? null : reader;
}

/**
 * An instant as everyone reads it: "14:30", "Tue 09:00", "12 Mar 09:00" on the mailbox's clock, and,
 * when the reader's clock differs at that instant, both labelled: "09:00 Amsterdam · 03:00 your
 * time". Each side says its own day ("Tue 01:00 Amsterdam · Mon 19:00 your time").
 */
export function formatWhen(
  t: number,
  nowMs: number,
  zone: ZoneArg,
  tr: Translator = englishTranslator(),
): string {
  const zones = toTimeZones(zone);
  const mailboxText = whenIn(t, nowMs, zones.mailboxZone, tr);
  const reader = otherReaderZone(zones, t);
  if (reader === null) return mailboxText;
  const label = zones.mailboxLabel ?? zoneLabel(zones.mailboxZone);
  return tr.t("view.whenBothClocks", { mailbox: mailboxText, label, reader: whenIn(t, nowMs, reader, tr) });
}

export interface DeadlineFormat extends TimeZones {
  nowMs: number;
  /** "Reply" (default) or "Resolve". */
  verb?: "Reply" | "Resolve";
}

/** "Reply by 09:00", or "Reply by 09:00 Amsterdam · 03:00 your time" when the reader's clock differs. */
export function formatDeadline(
  instantMs: number,
  format: DeadlineFormat,
  tr: Translator = englishTranslator(),
): string {
  const when = formatWhen(instantMs, format.nowMs, format, tr);
  return tr.t(format.verb === "Resolve" ? "view.resolveBy" : "view.replyBy", { when });
}

/** "since 12:50", "since Mon 12:50 Amsterdam · 06:50 your time". */
export function formatSince(
  instantMs: number,
  nowMs: number,
  zone: ZoneArg,
  tr: Translator = englishTranslator(),
): string {
  return tr.t("view.since", { when: formatWhen(instantMs, nowMs, zone, tr) });
}

/**
 * How long ago, for notes: "just now", "5 min ago", "3 h ago", then the time itself ("Tue 09:00").
 * Coarse on purpose: a note's age is read at a glance, and the exact time follows after a day.
 */
export function formatAgo(
  t: number,
  nowMs: number,
  zone: ZoneArg,
  tr: Translator = englishTranslator(),
): string {
  const elapsed = nowMs - t;
  // A timestamp slightly ahead of this clock (skew between devices) is still "just now".
  if (elapsed < MINUTE_MS) return tr.t("view.justNow");
  const ago = (ms: number) => tr.t("view.ago", { duration: formatDuration(ms, {}, tr) });
  if (elapsed < HOUR_MS) return ago(elapsed - (elapsed % MINUTE_MS));
  if (elapsed < DAY_MS) return ago(elapsed - (elapsed % HOUR_MS));
  return formatWhen(t, nowMs, zone, tr);
}
