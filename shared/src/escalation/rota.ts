import { domainError, type DomainError, type ErrorKey, type ErrorParams } from "../errors";
import { formatLocalDate, parseLocalDate } from "../time/local-date";
import { loadZone, offsetAt, resolveWallTime } from "../time/zone";
import type { OnCallRota, OnCallShift } from "./types";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function handoverMinutes(rota: OnCallRota): number {
  const match = HHMM.exec(rota.handover);
  if (match === null) throw new RangeError(`Invalid handover "${rota.handover}".`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function floorMod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/**
 * The instant a rota day (a local date) starts: its handover wall time resolved the "compatible"
 * way, like calendar windows — a handover inside a spring-forward gap happens when the gap ends, one
 * inside a repeated fall-back hour at its first occurrence.
 */
function handoverAt(rota: OnCallRota, day: number): number {
  const zone = loadZone(rota.timeZone);
  if (zone === undefined) throw new RangeError(`Unknown time zone "${rota.timeZone}".`);
  return resolveWallTime(zone, day * DAY_MS + handoverMinutes(rota) * MINUTE_MS);
}

/** The rota day (local date number) whose shift covers instant t. */
function rotaDayAt(rota: OnCallRota, t: number): number {
  const zone = loadZone(rota.timeZone);
  if (zone === undefined) throw new RangeError(`Unknown time zone "${rota.timeZone}".`);
  const localDay = Math.floor((t + offsetAt(zone, t)) / DAY_MS);
  // Compare instants, not wall times: in a repeated hour the wall clock goes back past the handover.
  return t >= handoverAt(rota, localDay) ? localDay : localDay - 1;
}

/**
 * Who is on call at instant t: the day's override if there is one, else the rotation member of the
 * week t falls in (weeks count from the anchor date's handover, also backwards). The shift's `from`
 * and `to` bound that one rota day (a rotation week is seven of them). Null for an empty rota.
 * Throws RangeError for a rota `validateRota` refuses.
 */
export function onCallAt(rota: OnCallRota, t: number): OnCallShift | null {
  const day = rotaDayAt(rota, t);
  const from = handoverAt(rota, day);
  const to = handoverAt(rota, day + 1);
  const date = formatLocalDate(day);
  const override = rota.overrides.find((o) => o.date === date);
  if (override !== undefined) return { member: override.member, from, to, source: "override" };
  if (rota.members.length === 0) return null;
  const anchor = parseLocalDate(rota.anchorDate);
  if (anchor === undefined) throw new RangeError(`Invalid anchor date "${rota.anchorDate}".`);
  const week = Math.floor((day - anchor) / 7);
  const member = rota.members[floorMod(week, rota.members.length)] as string;
  return { member, from, to, source: "rotation" };
}

function invalid(key: ErrorKey, field: string, params: ErrorParams = {}): DomainError {
  return domainError("invalid_request", key, params, { field });
}

/** Checks a rota an admin submitted; null when `onCallAt` can use it. */
export function validateRota(rota: OnCallRota): DomainError | null {
  const raw = rota as unknown as Record<string, unknown>;
  if (typeof raw["timeZone"] !== "string" || loadZone(raw["timeZone"]) === undefined) {
    return invalid("errors.zoneUnknown", "timeZone", { zone: String(raw["timeZone"]) });
  }
  const members = raw["members"];
  if (!Array.isArray(members) || !members.every((m) => typeof m === "string" && EMAIL.test(m))) {
    return invalid("errors.rotaMembers", "members");
  }
  if (new Set(members).size !== members.length) return invalid("errors.rotaMemberTwice", "members");
  if (typeof raw["anchorDate"] !== "string" || parseLocalDate(raw["anchorDate"]) === undefined) {
    return invalid("errors.rotaAnchor", "anchorDate");
  }
  if (typeof raw["handover"] !== "string" || !HHMM.test(raw["handover"])) {
    return invalid("errors.rotaHandover", "handover");
  }
  const overrides = raw["overrides"];
  if (!Array.isArray(overrides)) return invalid("errors.rotaOverrides", "overrides");
  const dates = new Set<string>();
  for (const [index, o] of (overrides as unknown[]).entries()) {
    const item = (typeof o === "object" && o !== null ? o : {}) as Record<string, unknown>;
    const date = item["date"];
    if (typeof date !== "string" || parseLocalDate(date) === undefined) {
      return invalid("errors.rotaOverrideDate", `overrides.${index}.date`);
    }
    if (dates.has(date)) return invalid("errors.rotaOverrideTwice", `overrides.${index}.date`, { date });
    dates.add(date);
    if (typeof item["member"] !== "string" || !EMAIL.test(item["member"])) {
      return invalid("errors.rotaOverrideMember", `overrides.${index}.member`);
    }
  }
  return null;
}
