import type { Conversation, FollowUpDueReason } from "@baton/shared";
import { SYSTEM_ACTOR } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";
import { ENGLISH } from "../notify/language";
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

/**
 * The mail document's message (Trigger Email's {subject, text, html}) in the recipient's language
 * (`t`), times in the mailbox's zone.
 */
export function followUpMessage(
  conversation: Conversation,
  reason: FollowUpDueReason,
  dueAt: number,
  timeZone: string,
  t: Translator = ENGLISH,
): { subject: string; text: string; html: string } {
  const subject = conversation.subject === "" ? t.t("notify.noSubject") : conversation.subject;
  const said = { when: formatInstant(dueAt, timeZone, t), subject };
  const title =
    reason === "no_reply" ? t.t("notify.followUpNoReply", said) : t.t("notify.followUpSnoozeEnded", said);
  const lines = [
    t.t("notify.slaConversation", { key: conversation.key, mailbox: conversation.mailbox }),
    t.t("notify.followUpOpenAgain"),
  ];
  return {
    subject: t.t("notify.subjectPrefix", { title }),
    text: [title, "", ...lines].join("\n"),
    html: `<p><strong>${escapeHtml(title)}</strong></p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
  };
}
