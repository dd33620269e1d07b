import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { AMS, ams, HOUR, inbound, outbound, priority, status } from "../../test/sla/fixtures";
import { bucketOf } from "./histogram";
import {
  accumulateRollups,
  rollupDeltas,
  rollupsOf,
  type RollupContext,
  type RollupSet,
} from "./rollup-deltas";
import { rollupDocId } from "./rollup";
import { generateMonth, MONTH_CALENDAR } from "../../test/metrics/generate-month";

const ctx: RollupContext = { mailboxId: "support", policy: DEFAULT_SLA_POLICY, calendar: AMS };
const ANA = "ana@team.example";

function claim(at: number): ConversationEvent {
  return { id: `claim-${at}`, at, actor: ANA, type: "claimed", assignee: ANA };
}

function doc(set: RollupSet, day: string, agent: string) {
  return set.get(rollupDocId({ day, mailboxId: "support", agent }))?.rollup;
}

// Normal priority: first response 4 business hours, resolution 24; Mon–Fri 09:00–17:00 Amsterdam.
const story: ConversationEvent[] = [
  inbound(ams("2026-03-30 16:00")), // Monday
  claim(ams("2026-03-30 16:30")),
  outbound(ams("2026-03-31 10:00")), // 16:00–17:00 + 09:00–10:00 = 2 business hours, 18 h wall
  status(ams("2026-03-31 11:00"), "open", "resolved"), // 3 business hours, 19 h wall
  inbound(ams("2026-04-01 09:30")), // Wednesday: reopens, starts next response and resolution cycle 2
];

describe("rollupsOf", () => {
  const set = rollupsOf(story, ctx);

  it("dates each fact by the local day it happened and credits who held the conversation", () => {
    // The first message came before Ana claimed it at 16:30.
    expect(doc(set, "2026-03-30", "_unassigned")?.counts).toEqual({ received: 1, inbound: 1 });
    expect(doc(set, "2026-03-31", ANA)?.counts).toEqual({
      replies: 1,
      firstReplies: 1,
      resolved: 1,
      met_first_response: 1,
      met_resolution: 1,
    });
    expect(doc(set, "2026-04-01", ANA)?.counts).toEqual({ inbound: 1, reopened: 1 });
  });

  it("puts business and wall durations in histograms on the day of the reply / resolution", () => {
    const tuesday = doc(set, "2026-03-31", "_all");
    expect(tuesday?.hists.firstResponseBusiness).toEqual({ [bucketOf(2 * HOUR)]: 1 });
    expect(tuesday?.hists.firstResponseWall).toEqual({ [bucketOf(18 * HOUR)]: 1 });
    expect(tuesday?.hists.resolutionBusiness).toEqual({ [bucketOf(3 * HOUR)]: 1 });
    expect(tuesday?.hists.resolutionWall).toEqual({ [bucketOf(19 * HOUR)]: 1 });
  });

  it("counts customer messages by local hour of the week, Monday 00:00 = 0", () => {
    // Monday 16:00 → 16; Wednesday 09:30 → 2 × 24 + 9 = 57.
    expect(doc(set, "2026-03-30", "_all")?.hourOfWeek).toEqual({ "16": 1 });
    expect(doc(set, "2026-04-01", "_all")?.hourOfWeek).toEqual({ "57": 1 });
  });

  it("mailbox-wide documents sum the agents' documents", () => {
    expect(doc(set, "2026-03-31", "_all")?.counts).toEqual(doc(set, "2026-03-31", ANA)?.counts);
  });
});

describe("rollupDeltas", () => {
  it("is nothing for no new events", () => {
    expect(rollupDeltas(story, [], ctx)).toEqual([]);
  });

  it("adds a breach when a raised priority re-judges a running clock, and retracts it when lowered", () => {
    // Urgent: next response 30 business minutes; 09:30–10:30 used 60 → breached at 10:00.
    const raise = priority(ams("2026-04-01 10:30"), "normal", "urgent");
    const up = rollupDeltas(story, [raise], ctx);
    expect(up.map((d) => [rollupDocId(d.key), d.rollup.counts])).toEqual([
      ["2026-04-01_support__all", { breached_next_response: 1 }],
      [`2026-04-01_support_${ANA}`, { breached_next_response: 1 }],
    ]);
    // Low: 8 business hours; 75 minutes used is within target again.
    const lower = priority(ams("2026-04-01 10:45"), "urgent", "low");
    const down = rollupDeltas([...story, raise], [lower], ctx);
    expect(down.map((d) => d.rollup.counts)).toEqual([
      { breached_next_response: -1 },
      { breached_next_response: -1 },
    ]);
  });

  it("summed over every append equals the rollups of the whole log (generated conversations)", () => {
    const month = generateMonth(150, 7);
    const monthCtx = (mailboxId: string): RollupContext => ({
      mailboxId,
      policy: DEFAULT_SLA_POLICY,
      calendar: MONTH_CALENDAR,
    });
    const incremental: RollupSet = new Map();
    const whole: RollupSet = new Map();
    for (const conversation of month) {
      const c = monthCtx(conversation.mailboxId);
      // Events arrive one request at a time, sometimes two at once.
      let i = 0;
      while (i < conversation.events.length) {
        const step = i % 3 === 2 ? 2 : 1;
        const before = conversation.events.slice(0, i);
        const added = conversation.events.slice(i, i + step);
        accumulateRollups(incremental, rollupDeltas(before, added, c));
        i += step;
      }
      accumulateRollups(whole, rollupsOf(conversation.events, c).values());
    }
    expect(incremental.size).toBeGreaterThan(100);
    expect(new Map([...incremental].sort())).toEqual(new Map([...whole].sort()));
  });
});
