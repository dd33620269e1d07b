import type { Conversation } from "../conversation/types";
import { formatWhen } from "./format-when";
import type { NameOf } from "./member-names";

/** "Unclaimed", "You, since 10:42", "Ana, since Mon 10:42" (the time in the team's zone). */
export function ownerLine(
  conversation: Pick<Conversation, "assignee" | "assignedAt">,
  meEmail: string,
  nameOf: NameOf,
  nowMs: number,
  timeZone: string,
): string {
  const { assignee, assignedAt } = conversation;
  if (assignee === null) return "Unclaimed";
  const who = assignee.toLowerCase() === meEmail.toLowerCase() ? "You" : nameOf(assignee);
  return assignedAt === null ? who : `${who}, since ${formatWhen(assignedAt, nowMs, timeZone)}`;
}
