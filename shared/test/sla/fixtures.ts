/** Calendars, local-time instants and event builders shared by the SLA tests. */
import { DateTime } from "luxon";
import type { ConversationEvent, Priority, Status } from "../../src/conversation/types";
import type { BusinessCalendar } from "../../src/time";

export const ZONE = "Europe/Amsterdam";
const WEEKDAY_HOURS: Array<[string, string]> = [["09:00", "17:00"]];

/** Mon–Fri 09:00–17:00 in Amsterdam, Christmas closed. DST: 2026-03-29 and 2026-10-25 (Sundays). */
export const AMS: BusinessCalendar = {
  timeZone: ZONE,
  weekly: {
    mon: WEEKDAY_HOURS,
    tue: WEEKDAY_HOURS,
    wed: WEEKDAY_HOURS,
    thu: WEEKDAY_HOURS,
    fri: WEEKDAY_HOURS,
  },
  holidays: ["2026-12-25"],
};

/** AMS plus all of Sunday, so that business time itself crosses the DST changes. */
export const AMS_SUNDAYS: BusinessCalendar = { ...AMS, weekly: { ...AMS.weekly, sun: [["00:00", "24:00"]] } };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Epoch ms of an unambiguous Amsterdam wall time, e.g. ams("2026-03-30 09:00"). */
export function ams(local: string): number {
  const dt = DateTime.fromISO(local.replace(" ", "T"), { zone: ZONE });
  if (!dt.isValid) throw new Error(`bad test time ${local}`);
  return dt.toMillis();
}

let counter = 0;
function nextId(): string {
  counter += 1;
  return String(counter);
}

/** A customer message sent at `sentAt`, reported to Baton at `reportedAt` (default: at once). */
export function inbound(
  sentAt: number,
  reportedAt = sentAt,
  messageId = `in-${nextId()}`,
): ConversationEvent {
  return {
    id: `ev-${nextId()}`,
    at: reportedAt,
    actor: "customer@example.com",
    type: "message_received",
    messageId,
    from: "customer@example.com",
    subject: "Help",
    sentAt,
  };
}

export function outbound(
  sentAt: number,
  reportedAt = sentAt,
  messageId = `out-${nextId()}`,
): ConversationEvent {
  return {
    id: `ev-${nextId()}`,
    at: reportedAt,
    actor: "ana@team.example",
    type: "message_sent",
    messageId,
    from: "ana@team.example",
    subject: "Re: Help",
    sentAt,
  };
}

export function status(at: number, from: Status, to: Status): ConversationEvent {
  return { id: `ev-${nextId()}`, at, actor: "ana@team.example", type: "status_changed", from, to };
}

export function priority(at: number, from: Priority, to: Priority): ConversationEvent {
  return { id: `ev-${nextId()}`, at, actor: "ana@team.example", type: "priority_changed", from, to };
}

/** The reported clock of one kind; fails the test when it is missing. */
export function clockIn<C extends { kind: string }>(clocks: readonly C[], kind: C["kind"]): C {
  const clock = clocks.find((c) => c.kind === kind);
  if (!clock) throw new Error(`no ${kind} clock in ${JSON.stringify(clocks.map((c) => c.kind))}`);
  return clock;
}
