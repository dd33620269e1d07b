import type { Conversation } from "../conversation/types";
import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";
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
  t: Translator = englishTranslator(),
): string | null {
  if (conversation.followUpDue !== undefined) {
    return t.t(
      conversation.followUpDue.reason === "snooze" ? "view.followUpSnoozeEnded" : "view.followUpDue",
    );
  }
  if (conversation.followUp !== undefined) {
    return t.t("view.followUpReminder", { when: formatWhen(conversation.followUp.dueAt, nowMs, zone, t) });
  }
  return null;
}
