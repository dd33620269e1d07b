import type { Conversation } from "../conversation/types";
import { formatWhen, type ZoneArg } from "./format-when";

/**
 * The follow-up sentence both sidebars show beside the status controls (issue 17):
 * "Follow-up due" once it fired (or "Snooze ended" for a snooze), "Reminder Tue 09:00 if no reply"
 * while one is pending, else null. Times read like every other instant (formatWhen): the mailbox's
 * clock, and the reader's too when it differs.
 */
export function followUpLine(
  conversation: Pick<Conversation, "followUp" | "followUpDue">,
  nowMs: number,
  zone: ZoneArg,
): string | null {
  if (conversation.followUpDue !== undefined) {
    return conversation.followUpDue.reason === "snooze" ? "Snooze ended" : "Follow-up due";
  }
  if (conversation.followUp !== undefined) {
    return `Reminder ${formatWhen(conversation.followUp.dueAt, nowMs, zone)} if no reply`;
  }
  return null;
}
