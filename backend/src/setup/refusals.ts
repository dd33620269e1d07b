import type { DomainErrorCode, ErrorKey, ErrorParams } from "@baton/shared";
import type { ClaimOutcome } from "./claim";

/** A refused claim: the error code (its HTTP status) and the sentence the dashboard shows. */
export interface Refusal {
  code: DomainErrorCode;
  key: ErrorKey;
  params?: ErrorParams;
  details?: Record<string, unknown>;
}

export const NOT_CONFIGURED: Refusal = {
  code: "conflict",
  key: "errors.setupNotConfigured",
};

export const NOT_FROM_DASHBOARD: Refusal = {
  code: "forbidden",
  key: "errors.setupNotFromDashboard",
};

export function outsideDomains(email: string, domains: readonly string[]): Refusal {
  return {
    code: "forbidden",
    key: "errors.setupOutsideDomains",
    params: { email, domains: domains.join(", ") },
  };
}

/** "18:52 UTC": the minute attempts are accepted again. */
function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

export function claimRefusal(
  outcome: Exclude<ClaimOutcome, { ok: true }>,
  email: string,
  nowMs: number,
): Refusal {
  switch (outcome.reason) {
    case "claimed":
      // Only someone in the deployment's domains gets this far: the admin's address is theirs to know.
      return {
        code: "conflict",
        key: "errors.setupClaimed",
        params: { admin: outcome.admin },
      };
    case "member":
      return {
        code: "conflict",
        key: "errors.setupAlreadyMember",
        params: { email },
      };
    case "locked": {
      const retryAfterSeconds = Math.max(1, Math.ceil((outcome.retryAtMs - nowMs) / 1000));
      return {
        code: "rate_limited",
        key: "errors.setupLocked",
        params: { time: clockTime(outcome.retryAtMs) },
        details: { retryAfterSeconds, retryAt: outcome.retryAtMs },
      };
    }
    case "wrong_code":
      return {
        code: "forbidden",
        key: "errors.setupWrongCode",
        params: { left: outcome.attemptsLeft },
        details: { attemptsLeft: outcome.attemptsLeft },
      };
    case "taken":
      return {
        code: "conflict",
        key: outcome.kind === "domain" ? "errors.setupDomainTaken" : "errors.setupTenantTaken",
        params: { value: outcome.value },
        details: { [outcome.kind]: outcome.value },
      };
  }
}
