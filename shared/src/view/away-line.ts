import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";
import { formatWhen, type ZoneArg } from "./format-when";
import { instantFromLocalInput } from "./local-input";
import { zoneWallAt } from "./zone-clock";

const DAY_MS = 86_400_000;

/** The hour "until tomorrow morning" means on the member's own clock. */
export const AWAY_MORNING = "09:00";

/** "You are away until Tue 09:00", or null once that instant has passed (or was never set). */
export function awayLine(
  awayUntil: number | null | undefined,
  nowMs: number,
  zone: ZoneArg,
  t: Translator = englishTranslator(),
): string | null {
  if (awayUntil === null || awayUntil === undefined || awayUntil <= nowMs) return null;
  return t.t("view.awayUntil", { when: formatWhen(awayUntil, nowMs, zone, t) });
}

/**
 * "Until tomorrow morning": 09:00 on the day after nowMs on the member's wall (`timeZone`, their
 * client's), so the quick choice means the same thing in Outlook and Gmail wherever they are.
 */
export function tomorrowMorning(nowMs: number, timeZone: string): number {
  // By the wall's day number, not now + 24 h, which on a 23-hour day can skip a date.
  const tomorrow = new Date((zoneWallAt(timeZone, nowMs).dayNumber + 1) * DAY_MS).toISOString().slice(0, 10);
  return instantFromLocalInput(`${tomorrow}T${AWAY_MORNING}`, timeZone) ?? nowMs + DAY_MS;
}
