import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";
import { monthName, weekdayName } from "./intl-names";
import { zoneWallAt } from "./zone-clock";

/**
 * An instant with its date, for records read later (the explain timeline, who held a conversation,
 * when a warning fired): "Fri 20 Nov 13:20", or "Fri 20 Nov 2025 13:20" with `withYear`. One style
 * for every such line, 24-hour like every other time Baton writes, whatever the reader's locale.
 */
export function formatStamp(
  t: number,
  timeZone: string,
  opts: { withYear?: boolean } = {},
  tr: Translator = englishTranslator(),
): string {
  return tr.t("view.stamp", { day: formatDay(t, timeZone, opts, tr), time: zoneWallAt(timeZone, t).hhmm });
}

/** The date part of formatStamp: "Fri 20 Nov", "Fri 20 Nov 2025" ("vr 20 nov" in Dutch). */
export function formatDay(
  t: number,
  timeZone: string,
  opts: { withYear?: boolean } = {},
  tr: Translator = englishTranslator(),
): string {
  const wall = zoneWallAt(timeZone, t);
  const [year = "", month = "", day = ""] = wall.date.split("-");
  const parts = {
    weekday: weekdayName(wall.dayNumber, tr),
    day: Number(day),
    month: monthName(Number(month), tr),
    year,
  };
  return tr.t(opts.withYear === true ? "view.stampDayYear" : "view.stampDay", parts);
}
