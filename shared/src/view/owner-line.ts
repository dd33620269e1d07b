import type { Conversation } from "../conversation/types";
import { formatSince, type ZoneArg } from "./format-when";
import type { NameOf } from "./member-names";

/**
 * "Unclaimed", "You, since 10:42", "Ana, since Mon 10:42", with the reader's clock beside the
 * mailbox's when they differ ("Ana, since 12:50 Amsterdam · 06:50 your time").
 */
export function ownerLine(
  conversation: Pick<Conversation, "assignee" | "assignedAt">,
  meEmail: string,
  nameOf: NameOf,
  nowMs: number,
  timeZone: ZoneArg,
): string {
  const { assignee, assignedAt } = conversation;
  if (assignee === null) return "Unclaimed";
  const who = assignee.toLowerCase() === meEmail.toLowerCase() ? "You" : nameOf(assignee);
  return assignedAt === null ? who : `${who}, ${formatSince(assignedAt, nowMs, timeZone)}`;
}
