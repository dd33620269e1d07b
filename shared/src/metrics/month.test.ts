/**
 * Rollups against a recomputation from the raw events of a generated month: counts exactly,
 * percentiles within the stated bound. The oracle reads the events directly (luxon for local days,
 * businessTimeBetween for business time) instead of going through facts.ts.
 */
import { DateTime } from "luxon";
import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { businessTimeBetween } from "../time";
import { exactPercentile, HISTOGRAM_RELATIVE_ERROR } from "./histogram";
import { accumulateRollups, rollupsOf, type RollupSet } from "./rollup-deltas";
import { summarizeRollups } from "./summarize";
import { generateMonth, MAILBOXES, MONTH_CALENDAR } from "../../test/metrics/generate-month";

const ZONE = MONTH_CALENDAR.timeZone;
const month = generateMonth(3000, 2026);

const effective = (e: ConversationEvent) =>
  e.type === "message_received" || e.type === "message_sent" ? Math.min(e.sentAt, e.at) : e.at;
const localDay = (t: number) => DateTime.fromMillis(t, { zone: ZONE }).toISODate() ?? "";

interface Oracle {
  inbound: Map<string, number>;
  received: Map<string, number>;
  replies: Map<string, number>;
  hourOfWeek: number[];
  firstResponseWall: number[];
  firstResponseBusiness: number[];
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function oracleFor(mailboxId: string): Oracle {
  const o: Oracle = {
    inbound: new Map(),
    received: new Map(),
    replies: new Map(),
    hourOfWeek: Array.from({ length: 168 }, () => 0),
    firstResponseWall: [],
    firstResponseBusiness: [],
  };
  for (const conversation of month.filter((c) => c.mailboxId === mailboxId)) {
    const inbound = conversation.events.filter((e) => e.type === "message_received").map(effective);
    const replies = conversation.events.filter((e) => e.type === "message_sent").map(effective);
    for (const t of inbound) {
      bump(o.inbound, localDay(t));
      const dt = DateTime.fromMillis(t, { zone: ZONE });
      const slot = (dt.weekday - 1) * 24 + dt.hour;
      o.hourOfWeek[slot] = (o.hourOfWeek[slot] ?? 0) + 1;
    }
    for (const t of replies) bump(o.replies, localDay(t));
    const first = Math.min(...inbound);
    bump(o.received, localDay(first));
    // The generator never pauses or resolves before the first reply, so the first response is the
    // first reply after the first customer message, in business time the plain calendar measure.
    const reply = replies.filter((t) => t >= first).sort((a, b) => a - b)[0];
    if (reply !== undefined) {
      o.firstResponseWall.push(reply - first);
      o.firstResponseBusiness.push(businessTimeBetween(MONTH_CALENDAR, first, reply));
    }
  }
  return o;
}

const stored: RollupSet = new Map();
for (const conversation of month) {
  const ctx = { mailboxId: conversation.mailboxId, policy: DEFAULT_SLA_POLICY, calendar: MONTH_CALENDAR };
  accumulateRollups(stored, rollupsOf(conversation.events, ctx).values());
}

describe.each(MAILBOXES)("a generated month, mailbox %s", (mailboxId) => {
  const oracle = oracleFor(mailboxId);
  const docs = [...stored.values()].filter((d) => d.key.mailboxId === mailboxId);
  const summary = summarizeRollups(docs);

  it("counts messages and conversations per local day exactly", () => {
    for (const day of summary.days) {
      expect([day.day, day.counts.inbound]).toEqual([day.day, oracle.inbound.get(day.day) ?? 0]);
      expect([day.day, day.counts.received]).toEqual([day.day, oracle.received.get(day.day) ?? 0]);
      expect([day.day, day.counts.replies]).toEqual([day.day, oracle.replies.get(day.day) ?? 0]);
    }
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(summary.totals.counts.inbound).toBe(sum(oracle.inbound));
    expect(summary.totals.counts.received).toBe(sum(oracle.received));
  });

  it("counts volume by local hour of the week exactly", () => {
    expect(summary.hourOfWeek).toEqual(oracle.hourOfWeek);
  });

  it("reads first-response medians and p90s within the stated bound", () => {
    const fr = summary.totals.durations;
    expect(fr.firstResponseWall.n).toBe(oracle.firstResponseWall.length);
    expect(fr.firstResponseBusiness.n).toBe(oracle.firstResponseBusiness.length);
    const cases = [
      [fr.firstResponseWall.median, exactPercentile(oracle.firstResponseWall, 0.5)],
      [fr.firstResponseWall.p90, exactPercentile(oracle.firstResponseWall, 0.9)],
      [fr.firstResponseBusiness.median, exactPercentile(oracle.firstResponseBusiness, 0.5)],
      [fr.firstResponseBusiness.p90, exactPercentile(oracle.firstResponseBusiness, 0.9)],
    ];
    for (const [read, exact] of cases) {
      expect(read).not.toBeNull();
      expect(exact).not.toBeNull();
      // Relative error for values >= 1 s; a median under a second may be off by half a second.
      const error = Math.abs((read ?? 0) - (exact ?? 0));
      expect(error).toBeLessThanOrEqual(Math.max(500, (exact ?? 0) * HISTOGRAM_RELATIVE_ERROR) + 1e-6);
    }
  });

  it("per-agent rows add up to the mailbox totals", () => {
    const handled = summary.agents.reduce((sum, row) => sum + row.handled, 0);
    const replies = summary.agents.reduce((sum, row) => sum + row.replies, 0);
    expect(handled).toBe(summary.totals.counts.resolved);
    expect(replies).toBe(summary.totals.counts.replies);
    expect(summary.agents.some((row) => row.agent === "_unassigned")).toBe(true);
  });
});
