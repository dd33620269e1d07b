/**
 * A seeded generator of realistic conversation logs for a month: customer messages mostly in
 * business hours, claims, replies after minutes to days, pending pauses, priority changes, follow-ups,
 * resolutions and reopenings. Used by the rollup tests and by the 50,000-conversation benchmark.
 */
import type { ConversationEvent, Priority, Status } from "../../src/conversation/types";
import type { BusinessCalendar } from "../../src/time";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Mon–Fri 09:00–17:00 in Amsterdam with a holiday: business time crosses nights and weekends. */
export const MONTH_CALENDAR: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  weekly: {
    mon: [["09:00", "17:00"]],
    tue: [["09:00", "17:00"]],
    wed: [["09:00", "17:00"]],
    thu: [["09:00", "17:00"]],
    fri: [["09:00", "17:00"]],
  },
  holidays: ["2026-10-26"],
};

/** 2026-10-01T00:00 Amsterdam; the month crosses the DST change of 2026-10-25. */
export const MONTH_START = Date.UTC(2026, 8, 30, 22, 0);
export const MAILBOXES = ["support", "sales", "billing"] as const;
export const AGENTS = [
  "ana@demo.baton.test",
  "ben@demo.baton.test",
  "chen@demo.baton.test",
  "dara@demo.baton.test",
];

export interface GeneratedConversation {
  key: string;
  mailboxId: string;
  events: ConversationEvent[];
}

/** mulberry32: tiny, fast, good enough to make test data reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateConversation(rand: () => number, index: number, days = 30): GeneratedConversation {
  const key = `c${index}`;
  const mailboxId = MAILBOXES[Math.floor(rand() * MAILBOXES.length)] ?? "support";
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const events: ConversationEvent[] = [];
  let n = 0;
  let status: Status = "open";
  let priority: Priority = "normal";
  // Most mail arrives in (Amsterdam) office hours, some at night and at weekends.
  const day = Math.floor(rand() * days);
  const hour = rand() < 0.8 ? 7 + rand() * 9 : rand() * 24;
  let t = MONTH_START + day * DAY + Math.floor(hour * HOUR);
  const push = (body: Record<string, unknown> & { type: ConversationEvent["type"] }, actor: string) => {
    n += 1;
    events.push({ id: `${key}-${n}`, at: t, actor, ...body } as ConversationEvent);
  };
  const customer = `customer${index}@example.com`;
  const inbound = () => {
    // Now and then a sidebar reports a message a while after it was sent.
    const sentAt = rand() < 0.1 ? t - Math.floor(rand() * 30 * MINUTE) : t;
    push(
      { type: "message_received", messageId: `m${index}-${n}`, from: customer, subject: "Help", sentAt },
      customer,
    );
    if (status === "resolved") status = "open";
  };
  const later = (maxMs: number) => {
    t += 1 + Math.floor(rand() * rand() * maxMs);
  };
  const agent = pick(AGENTS);
  inbound();
  if (rand() < 0.2) {
    const to = pick(["low", "high", "urgent"] as const);
    later(HOUR);
    push({ type: "priority_changed", from: priority, to }, agent);
    priority = to;
  }
  if (rand() < 0.85) {
    later(6 * HOUR);
    push({ type: "claimed", assignee: agent }, agent);
  }
  const rounds = 1 + Math.floor(rand() * 3);
  for (let round = 0; round < rounds; round += 1) {
    if (rand() < 0.1) break; // never answered (yet)
    later(2 * DAY);
    const replier = rand() < 0.9 ? agent : pick(AGENTS);
    push(
      { type: "message_sent", messageId: `r${index}-${n}`, from: replier, subject: "Re: Help", sentAt: t },
      replier,
    );
    if (rand() < 0.3) {
      later(HOUR);
      push({ type: "status_changed", from: status, to: "pending" }, agent);
      status = "pending";
      later(DAY);
      push({ type: "status_changed", from: status, to: "open" }, agent);
      status = "open";
    }
    if (rand() < 0.5) {
      later(DAY);
      inbound();
    }
  }
  if (rand() < 0.7) {
    later(3 * DAY);
    push({ type: "status_changed", from: status, to: "resolved" }, agent);
    status = "resolved";
    if (rand() < 0.1) {
      later(2 * DAY);
      inbound();
      if (rand() < 0.5) {
        later(DAY);
        push({ type: "status_changed", from: status, to: "resolved" }, agent);
        status = "resolved";
      }
    }
  }
  return { key, mailboxId, events };
}

export function generateMonth(count: number, seed: number, days = 30): GeneratedConversation[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generateConversation(rand, i, days));
}
