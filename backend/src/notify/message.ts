import { wallClockAt } from "@baton/shared";
import type { SlaNotice } from "./types";

const CLOCK_TEXT = {
  first_response: "First response",
  next_response: "Next response",
  resolution: "Resolution",
};

/** "Mon 2026-03-30 12:00 (Europe/Amsterdam)": deadlines in the mailbox's own zone. */
export function formatInstant(t: number, timeZone: string): string {
  const wall = wallClockAt(timeZone, t);
  const day = wall.weekday.charAt(0).toUpperCase() + wall.weekday.slice(1);
  return `${day} ${wall.date} ${wall.hhmm} (${timeZone})`;
}

/** One line that says what happened, for every channel. */
export function headline(notice: SlaNotice): string {
  const clock = CLOCK_TEXT[notice.clock];
  const due = formatInstant(notice.dueAt, notice.timeZone);
  switch (notice.kind) {
    case "warned":
      return `${clock} SLA due soon (${due}): "${notice.subject}"`;
    case "breached":
      return `${clock} SLA breached at ${due}: "${notice.subject}"`;
    case "escalated":
      return `${clock} SLA still breached (since ${due}), escalated: "${notice.subject}"`;
  }
}

/** The lines under the headline: who holds it and who is told. */
export function details(notice: SlaNotice): string[] {
  return [
    `Owner: ${notice.assignee ?? "nobody"}`,
    `Notified: ${notice.recipients.length === 0 ? "nobody" : notice.recipients.join(", ")}`,
    `Conversation: ${notice.conversationKey} (mailbox ${notice.mailboxId})`,
  ];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Subject, plain text and HTML of the email (Trigger Email's `message`). */
export function emailMessage(notice: SlaNotice): { subject: string; text: string; html: string } {
  const title = headline(notice);
  const lines = details(notice);
  return {
    subject: `[Baton] ${title}`,
    text: [title, "", ...lines].join("\n"),
    html: `<p><strong>${escapeHtml(title)}</strong></p><ul>${lines
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join("")}</ul>`,
  };
}
