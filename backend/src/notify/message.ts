import type { ClockKind } from "@baton/shared";
import type { MessageKey, Translator } from "@baton/shared/i18n";
import { ENGLISH } from "./language";
import type { SlaNotice } from "./types";
import { formatWhen } from "./when";

const CLOCK_KEY: Record<ClockKind, MessageKey> = {
  first_response: "notify.clockFirstResponse",
  next_response: "notify.clockNextResponse",
  resolution: "notify.clockResolution",
};

const HEADLINE_KEY: Record<SlaNotice["kind"], MessageKey> = {
  warned: "notify.slaWarned",
  breached: "notify.slaBreached",
  escalated: "notify.slaEscalated",
};

/** "Mon 2026-03-30 12:00 (Europe/Amsterdam)": deadlines in the mailbox's own zone, in `t`'s words. */
export function formatInstant(instant: number, timeZone: string, t: Translator = ENGLISH): string {
  return formatWhen(t, instant, timeZone);
}

/** One line that says what happened, for every channel. */
export function headline(notice: SlaNotice, t: Translator = ENGLISH): string {
  return t.t(HEADLINE_KEY[notice.kind], {
    clock: t.t(CLOCK_KEY[notice.clock]),
    due: formatInstant(notice.dueAt, notice.timeZone, t),
    subject: notice.subject,
  });
}

/** The lines under the headline: who holds it and who is told. */
export function details(notice: SlaNotice, t: Translator = ENGLISH): string[] {
  const nobody = t.t("notify.nobody");
  return [
    t.t("notify.slaOwner", { owner: notice.assignee ?? nobody }),
    t.t("notify.slaNotified", {
      people: notice.recipients.length === 0 ? nobody : notice.recipients.join(", "),
    }),
    t.t("notify.slaConversation", { key: notice.conversationKey, mailbox: notice.mailboxId }),
  ];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Subject, plain text and HTML of the email (Trigger Email's `message`). */
export function emailMessage(
  notice: SlaNotice,
  t: Translator = ENGLISH,
): { subject: string; text: string; html: string } {
  const title = headline(notice, t);
  const lines = details(notice, t);
  return {
    subject: t.t("notify.subjectPrefix", { title }),
    text: [title, "", ...lines].join("\n"),
    html: `<p><strong>${escapeHtml(title)}</strong></p><ul>${lines
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join("")}</ul>`,
  };
}
