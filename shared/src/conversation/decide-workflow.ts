import { domainError, type DomainError } from "../errors";
import type { CommandOf } from "./commands";
import { decided, NO_CHANGE, refuse, type DecideContext, type Decision } from "./decision";
import { MAX_TAGS } from "./limits";
import { isValidTag, normalizeTag } from "./tags";
import { PRIORITIES, STATUSES, type Conversation, type ConversationEventBody } from "./types";

/**
 * Any status may follow any other, except that a resolved conversation cannot be snoozed (there is
 * nothing left to come back to: reopen it first). Snoozing needs a wake-up time in the future;
 * snoozing again with a new time moves the wake-up. Setting the current status is a no-op.
 */
export function decideSetStatus(
  s: Conversation,
  cmd: CommandOf<"set_status">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "set_status", "status");
  if (refused) return refused;
  if (!(STATUSES as readonly string[]).includes(cmd.status)) {
    return domainError("invalid_request", "errors.notAStatus", { status: cmd.status });
  }
  if (cmd.status !== "snoozed") {
    if (cmd.snoozedUntil !== undefined) {
      return domainError("invalid_request", "errors.wakeUpOnlySnoozed");
    }
    if (s.status === cmd.status) return NO_CHANGE;
    return decided(ctx, { type: "status_changed", from: s.status, to: cmd.status });
  }
  if (cmd.snoozedUntil === undefined || !Number.isFinite(cmd.snoozedUntil) || cmd.snoozedUntil <= ctx.nowMs) {
    return domainError(
      "invalid_transition",
      "errors.snoozeInPast",
      {},
      { snoozedUntil: cmd.snoozedUntil ?? null },
    );
  }
  if (s.status === "resolved") {
    return domainError("invalid_transition", "errors.snoozeResolved");
  }
  if (s.status === "snoozed" && s.snoozedUntil === cmd.snoozedUntil) return NO_CHANGE;
  return decided(ctx, {
    type: "status_changed",
    from: s.status,
    to: "snoozed",
    snoozedUntil: cmd.snoozedUntil,
  });
}

export function decideSetPriority(
  s: Conversation,
  cmd: CommandOf<"set_priority">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "set_priority", "priority");
  if (refused) return refused;
  if (!(PRIORITIES as readonly string[]).includes(cmd.priority)) {
    return domainError("invalid_request", "errors.notAPriority", { priority: cmd.priority });
  }
  if (s.priority === cmd.priority) return NO_CHANGE;
  return decided(ctx, { type: "priority_changed", from: s.priority, to: cmd.priority });
}

/**
 * Adds and removes tags in one command (one click on a tag chip is often both). Adding a present tag
 * or removing an absent one is silently skipped; naming one tag in both lists is a client bug.
 */
export function decideTag(
  s: Conversation,
  cmd: CommandOf<"tag">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "tag", "tag");
  if (refused) return refused;
  const add = [...new Set(cmd.add.map(normalizeTag))];
  const remove = [...new Set(cmd.remove.map(normalizeTag))];
  for (const tag of [...add, ...remove]) {
    if (!isValidTag(tag)) {
      return domainError("invalid_request", "errors.tagNotValid", { tag }, { tag });
    }
  }
  const both = add.find((t) => remove.includes(t));
  if (both !== undefined) return domainError("invalid_request", "errors.tagAddRemove", { tag: both });
  const added = add.filter((t) => !s.tags.includes(t));
  const removed = remove.filter((t) => s.tags.includes(t));
  if (s.tags.length + added.length - removed.length > MAX_TAGS) {
    return domainError("invalid_request", "errors.tagsTooMany", { max: MAX_TAGS });
  }
  const bodies: ConversationEventBody[] = [
    ...removed.map((tag) => ({ type: "tag_removed" as const, tag })),
    ...added.map((tag) => ({ type: "tag_added" as const, tag })),
  ];
  return bodies.length === 0 ? NO_CHANGE : decided(ctx, ...bodies);
}
