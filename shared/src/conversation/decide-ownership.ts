import { domainError, type DomainError } from "../errors";
import type { CommandOf } from "./commands";
import { decided, NO_CHANGE, refuse, type DecideContext, type Decision } from "./decision";
import type { Conversation } from "./types";

/**
 * Claim: take an unowned conversation. Claiming what you already own is a no-op (a double click, or
 * both sidebars open); claiming someone else's is `already_claimed` with who and since when — taking
 * it over is an explicit `assign` by a lead.
 */
export function decideClaim(s: Conversation, ctx: DecideContext): Decision | DomainError {
  const refused = refuse(ctx, "claim", "claim");
  if (refused) return refused;
  if (s.assignee === ctx.actor.email) return NO_CHANGE;
  if (s.assignee !== null) {
    return domainError(
      "already_claimed",
      "errors.alreadyClaimed",
      { owner: s.assignee },
      { owner: s.assignee, since: s.assignedAt },
    );
  }
  return decided(ctx, { type: "claimed", assignee: ctx.actor.email });
}

/** Release: give up ownership; releasing someone else's claim needs `release_others`. */
export function decideRelease(s: Conversation, ctx: DecideContext): Decision | DomainError {
  if (s.assignee === null) return domainError("not_claimed", "errors.notClaimed");
  const mine = s.assignee === ctx.actor.email;
  const refused = mine
    ? refuse(ctx, "release_own", "releaseOwn")
    : refuse(ctx, "release_others", "releaseOthers", s.assignee);
  if (refused) return refused;
  return decided(ctx, { type: "released", previous: s.assignee });
}

/**
 * Assign: leads and admins (`assign_others`) may give the conversation to anyone, taking it over from
 * the current owner. Anyone else may only assign it to themselves, which is exactly a claim (same
 * event, same `already_claimed` refusal), so "assign to me" in the UI needs no special case. Whether
 * the assignee is a member (and not a viewer) is the backend's check: decide does not see the team.
 */
export function decideAssign(
  s: Conversation,
  cmd: CommandOf<"assign">,
  ctx: DecideContext,
): Decision | DomainError {
  const assignee = cmd.assignee.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(assignee)) {
    return domainError("invalid_request", "errors.assignToEmail");
  }
  if (assignee === ctx.actor.email && refuse(ctx, "assign_others", "assign") !== null)
    return decideClaim(s, ctx);
  const refused = refuse(ctx, "assign_others", "assign");
  if (refused) return refused;
  if (s.assignee === assignee) return NO_CHANGE;
  return decided(ctx, { type: "assigned", assignee, previous: s.assignee });
}
