import type { Conversation, FollowUpDueReason } from "@baton/shared";
import { SYSTEM_ACTOR } from "@baton/shared";
import { escapeHtml, formatInstant } from "../notify/message";

/**
 * Who hears that a follow-up came due: the owner, else whoever set the follow-up (nobody owned it,
 * and they asked to be reminded). A snooze that ends with nobody owning it tells nobody: it is back
 * in the shared queue, where everyone sees it marked.
 */
export function followUpRecipient(before: Conversation, reason: FollowUpDueReason): string | null {
  if (before.assignee !== null && before.assignee !== SYSTEM_ACTOR) return before.assignee;
  const by = reason === "no_reply" ? before.followUp?.by : undefined;
  return by !== undefined && by !== SYSTEM_ACTOR ? by : null;
}

/** The mail document's message (Trigger Email's {subject, text, html}), times in the mailbox's zone. */
export function followUpMessage(
  conversation: Conversation,
  reason: FollowUpDueReason,
  dueAt: number,
  timeZone: string,
): { subject: string; text: string; html: string } {
  const subject = conversation.subject === "" ? "(no subject)" : conversation.subject;
  const title =
    reason === "no_reply"
      ? `Follow-up due: no reply since you asked to be reminded by ${formatInstant(dueAt, timeZone)}: "${subject}"`
      : `Snooze ended (${formatInstant(dueAt, timeZone)}): "${subject}" is back in the queue`;
  const lines = [
    `Conversation: ${conversation.key} (mailbox ${conversation.mailbox})`,
    "It is open again and marked follow-up due in the queue and both sidebars.",
  ];
  return {
    subject: `[Baton] ${title}`,
    text: [title, "", ...lines].join("\n"),
    html: `<p><strong>${escapeHtml(title)}</strong></p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
  };
}
