import type { Translator } from "../i18n/translator";
import { formatDuration } from "../time/format-duration";
import { englishTranslator } from "./english";
import type { NameOf } from "./member-names";

/**
 * "2 s ago", "3 min ago", "1 h 5 min ago", "2 d 4 h ago": seconds under a minute (a race is read
 * seconds after it), then the one duration style, floored as everywhere.
 */
export function agoText(sinceMs: number, nowMs: number, t: Translator = englishTranslator()): string {
  // A timestamp slightly ahead of this clock (skew between devices) reads "0 s ago".
  const elapsed = Math.max(0, nowMs - sinceMs);
  if (elapsed < 60_000) return t.t("view.agoSeconds", { seconds: Math.floor(elapsed / 1000) });
  return t.t("view.ago", { duration: formatDuration(elapsed, {}, t) });
}

/**
 * What a lost claim race shows, from the 409 already_claimed details {owner, since}: who won and how
 * long ago ("Ana claimed this 2 s ago."), so nobody replies twice. Never a silent failure.
 */
export function lostRaceText(
  details: Readonly<Record<string, unknown>>,
  nameOf: NameOf,
  nowMs: number,
  t: Translator = englishTranslator(),
): string {
  const owner = typeof details["owner"] === "string" ? details["owner"] : null;
  const since = typeof details["since"] === "number" ? details["since"] : null;
  if (owner === null) return t.t("view.lostRaceTeammate");
  const name = nameOf(owner);
  return since === null
    ? t.t("view.lostRaceMoment", { name })
    : t.t("view.lostRace", { name, ago: agoText(since, nowMs, t) });
}
