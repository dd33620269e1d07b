import type { DomainErrorCode } from "@baton/shared";
import type { ClaimOutcome } from "./claim";

/** A refused claim: the error code (its HTTP status) and the sentence the dashboard shows. */
export interface Refusal {
  code: DomainErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export const NOT_CONFIGURED: Refusal = {
  code: "conflict",
  message:
    "This deployment was made without a setup code, so it can't be set up from the dashboard; run `npm run deploy` again to print one.",
};

export const NOT_FROM_DASHBOARD: Refusal = {
  code: "forbidden",
  message:
    "Set up Baton from the dashboard, signed in with your work Google account; a sidebar's sign-in can't set up a deployment.",
};

export function outsideDomains(email: string, domains: readonly string[]): Refusal {
  return {
    code: "forbidden",
    message: `${email} is not in this deployment's domains (${domains.join(", ")}); sign in with your work account in one of them.`,
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
        message: `This deployment is set up already: ask ${outcome.admin} to add you to the team.`,
      };
    case "member":
      return {
        code: "conflict",
        message: `${email} is already a member of a Baton organisation; open the dashboard as usual instead of setting up a new one.`,
      };
    case "locked": {
      const retryAfterSeconds = Math.max(1, Math.ceil((outcome.retryAtMs - nowMs) / 1000));
      return {
        code: "rate_limited",
        message: `Too many wrong setup codes: try again after ${clockTime(outcome.retryAtMs)}, with the code the deploy printed.`,
        details: { retryAfterSeconds, retryAt: outcome.retryAtMs },
      };
    }
    case "wrong_code":
      return {
        code: "forbidden",
        message: `That is not this deployment's setup code; type the code \`npm run deploy\` printed (${outcome.attemptsLeft} more ${outcome.attemptsLeft === 1 ? "try" : "tries"} this hour).`,
        details: { attemptsLeft: outcome.attemptsLeft },
      };
    case "taken":
      return {
        code: "conflict",
        message:
          outcome.kind === "domain"
            ? `The domain ${outcome.value} is already held by another Baton organisation; remove it from this deployment's org domains and deploy again, or ask that organisation's admin to release it.`
            : `The Microsoft tenant ${outcome.value} is already connected to another Baton organisation; remove it from this deployment's tenants and deploy again, or ask that organisation's admin to release it.`,
        details: { [outcome.kind]: outcome.value },
      };
  }
}
