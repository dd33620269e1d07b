import { CLOCK_KINDS, PRIORITIES, STATUSES } from "../conversation/types";
import type { ClockKind, Priority, Status } from "../conversation/types";
import { domainError, type ErrorKey, type ErrorParams } from "../errors";
import type { DomainError } from "../errors";
import { MINUTE_MS } from "../time/units";
import type { SlaPolicy, SlaTier } from "./types";
import { SETTINGS_LIMITS } from "../limits/settings";

/** A year of business minutes: anything longer is a typo, and would make due dates meaningless. */
const MAX_TARGET_MINUTES = SETTINGS_LIMITS.slaTargetMinutes.value;

/**
 * Statuses a policy may pause on. "resolved" already stops every clock and pausing on "open" would
 * mean no clock ever runs, so neither is a pause status.
 */
export const PAUSABLE_STATUSES: readonly Status[] = ["pending", "snoozed"];

function tier(responseMinutes: number, resolutionMinutes: number): SlaTier {
  return {
    firstResponseMinutes: responseMinutes,
    nextResponseMinutes: responseMinutes,
    resolutionMinutes,
  };
}

/** Targets in business minutes; next response equals first response. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  tiers: {
    urgent: tier(30, 4 * 60),
    high: tier(60, 8 * 60),
    normal: tier(4 * 60, 24 * 60),
    low: tier(8 * 60, 40 * 60),
  },
  warningThreshold: 0.75,
  pauseStatuses: ["pending", "snoozed"],
};

const TIER_FIELD: Record<ClockKind, keyof SlaTier> = {
  first_response: "firstResponseMinutes",
  next_response: "nextResponseMinutes",
  resolution: "resolutionMinutes",
};

/** The clock's target for a priority in milliseconds, or null when the tier sets none. */
export function targetMsOf(policy: SlaPolicy, priority: Priority, kind: ClockKind): number | null {
  const minutes = policy.tiers[priority][TIER_FIELD[kind]];
  return minutes === undefined ? null : Math.round(minutes * MINUTE_MS);
}

function invalid(key: ErrorKey, field: string, params: ErrorParams = {}): DomainError {
  return domainError("invalid_request", key, params, { field });
}

function validateTier(value: unknown, priority: Priority): DomainError | null {
  if (typeof value !== "object" || value === null) {
    return invalid("errors.slaTierMissing", `tiers.${priority}`, { priority });
  }
  for (const kind of CLOCK_KINDS) {
    const field = TIER_FIELD[kind];
    const minutes = (value as Record<string, unknown>)[field];
    if (minutes === undefined) continue;
    const ok =
      typeof minutes === "number" && Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_TARGET_MINUTES;
    if (!ok) {
      return invalid("errors.slaTarget", `tiers.${priority}.${field}`, {
        priority,
        kind,
        max: MAX_TARGET_MINUTES,
      });
    }
  }
  return null;
}

/** Checks a policy an admin submitted; null when it is usable by `slaState`. */
export function validateSlaPolicy(policy: SlaPolicy): DomainError | null {
  const raw = policy as unknown as Record<string, unknown>;
  const tiers = raw["tiers"];
  if (typeof tiers !== "object" || tiers === null) return invalid("errors.slaNoTiers", "tiers");
  for (const priority of PRIORITIES) {
    const error = validateTier((tiers as Record<string, unknown>)[priority], priority);
    if (error) return error;
  }
  const threshold = raw["warningThreshold"];
  if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1)) {
    return invalid("errors.slaThreshold", "warningThreshold");
  }
  const pauses = raw["pauseStatuses"];
  if (!Array.isArray(pauses)) return invalid("errors.slaPausesList", "pauseStatuses");
  const seen = new Set<unknown>();
  for (const status of pauses as unknown[]) {
    if (!STATUSES.includes(status as Status) || !PAUSABLE_STATUSES.includes(status as Status)) {
      return invalid("errors.slaPauseStatus", "pauseStatuses", {
        allowed: PAUSABLE_STATUSES.join(" or "),
        status: String(status),
      });
    }
    if (seen.has(status)) return invalid("errors.slaPauseTwice", "pauseStatuses", { status: String(status) });
    seen.add(status);
  }
  return null;
}
