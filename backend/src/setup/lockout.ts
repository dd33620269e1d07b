import { SETUP_LIMITS } from "@baton/shared/limits";

/** Wrong setup codes counted on deployment/setup: how many since the window began. */
export interface WrongCodes {
  count: number;
  since: number;
}

export const SETUP_CODE_ATTEMPTS = SETUP_LIMITS.setupCodeAttempts.value;
export const SETUP_CODE_WINDOW_MS = SETUP_LIMITS.setupCodeWindow.value;

export function toWrongCodes(value: unknown): WrongCodes | null {
  const data = value as { count?: unknown; since?: unknown } | null | undefined;
  return typeof data?.count === "number" && typeof data.since === "number"
    ? { count: data.count, since: data.since }
    : null;
}

/** The count still in force at `nowMs`: none once its window has passed. */
function current(wrong: WrongCodes | null, nowMs: number): WrongCodes | null {
  return wrong !== null && nowMs < wrong.since + SETUP_CODE_WINDOW_MS ? wrong : null;
}

/** When attempts are accepted again, or null while they are. */
export function lockedUntil(wrong: WrongCodes | null, nowMs: number): number | null {
  const live = current(wrong, nowMs);
  return live !== null && live.count >= SETUP_CODE_ATTEMPTS ? live.since + SETUP_CODE_WINDOW_MS : null;
}

/** The count after one more wrong code at `nowMs`: a new window once the last one has passed. */
export function afterWrongCode(wrong: WrongCodes | null, nowMs: number): WrongCodes {
  const live = current(wrong, nowMs);
  return live === null ? { count: 1, since: nowMs } : { count: live.count + 1, since: live.since };
}
