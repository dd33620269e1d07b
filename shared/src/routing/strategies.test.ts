import type { AvailabilityContext, OpenLoad } from "./availability";
import { pick, weightedLoad, type Candidate, type ConversationToRoute } from "./strategies";
import type { MemberAvailability } from "./types";

const NOW = Date.UTC(2026, 2, 2, 12, 0);
const ctx: AvailabilityContext & { nowMs: number } = {
  calendar: { timeZone: "UTC", weekly: {} },
  capacity: { maxOpen: 2, perPriority: {} },
  anyHour: true,
  onCall: null,
  nowMs: NOW,
};
const agent = (name: string, load: OpenLoad = {}, extra: Partial<MemberAvailability> = {}): Candidate => ({
  member: {
    email: `${name}@x.test`,
    name,
    role: "agent",
    availability: { awayUntil: null, skills: [], ...extra },
  },
  load,
});
const away = { awayUntil: NOW + 1 };
const normal: ConversationToRoute = { priority: "normal", tags: [] };
const start = { roundRobinCursor: null };

describe("pick", () => {
  it("never assigns under manual", () => {
    expect(pick("manual", [agent("ana")], normal, start, ctx)).toEqual({
      assignee: null,
      skipped: [],
      nextState: start,
    });
  });

  it("takes turns after the cursor under round-robin, naming who was passed over and why", () => {
    const team = [agent("ana"), agent("ben", {}, away), agent("chen", { normal: 2 }), agent("dara")];
    const first = pick("round_robin", team, normal, start, ctx);
    expect(first).toEqual({
      assignee: "ana@x.test",
      skipped: [],
      nextState: { roundRobinCursor: "ana@x.test" },
    });
    expect(pick("round_robin", team, normal, first.nextState, ctx)).toEqual({
      assignee: "dara@x.test",
      skipped: [
        { member: "ben@x.test", reason: "away" },
        { member: "chen@x.test", reason: "at_capacity" },
      ],
      nextState: { roundRobinCursor: "dara@x.test" },
    });
    // After the last agent the turn wraps to the first.
    expect(pick("round_robin", team, normal, { roundRobinCursor: "dara@x.test" }, ctx).assignee).toBe(
      "ana@x.test",
    );
  });

  it("starts from the first agent when the cursor names someone no longer in the list", () => {
    expect(
      pick("round_robin", [agent("ana"), agent("ben")], normal, { roundRobinCursor: "gone@x.test" }, ctx)
        .assignee,
    ).toBe("ana@x.test");
  });

  it("lets the conversation wait when nobody is available, naming everyone", () => {
    const team = [agent("ana", {}, away), agent("ben", { high: 2 })];
    expect(pick("load_balanced", team, normal, start, ctx)).toEqual({
      assignee: null,
      skipped: [
        { member: "ana@x.test", reason: "away" },
        { member: "ben@x.test", reason: "at_capacity" },
      ],
      nextState: start,
    });
  });

  it("weighs urgent 4, high 2, normal and low 1 under load balancing", () => {
    expect(weightedLoad({ urgent: 1, high: 1, normal: 1, low: 1 })).toBe(8);
    const roomy = { ...ctx, capacity: { maxOpen: null, perPriority: {} } };
    // Ana: one urgent (4). Ben: three normal (3). Chen: one high and one low (3): Ben and Chen tie.
    const team = [
      agent("ana", { urgent: 1 }),
      agent("ben", { normal: 3 }),
      agent("chen", { high: 1, low: 1 }),
    ];
    const first = pick("load_balanced", team, normal, start, roomy);
    expect(first.assignee).toBe("ben@x.test");
    // A tie goes to whoever comes first after the cursor: after Ben, Chen.
    expect(pick("load_balanced", team, normal, first.nextState, roomy).assignee).toBe("chen@x.test");
  });

  it("prefers members covering all the skill tags, then the most, and otherwise takes turns", () => {
    const team = [
      agent("ana", {}, { skills: ["billing"] }),
      agent("ben", {}, { skills: ["billing", "german"] }),
      agent("chen", {}, { skills: ["german"] }),
    ];
    const both: ConversationToRoute = { priority: "normal", tags: ["billing", "german", "vip"] };
    expect(pick("skills", team, both, start, ctx)).toEqual({
      assignee: "ben@x.test",
      skipped: [{ member: "ana@x.test", reason: "no_skill" }],
      nextState: { roundRobinCursor: "ben@x.test" },
    });
    const benAway = [
      team[0],
      agent("ben", {}, { ...away, skills: ["billing", "german"] }),
      team[2],
    ] as Candidate[];
    expect(pick("skills", benAway, both, start, ctx).assignee).toBe("ana@x.test");
    // "vip" is nobody's skill: round-robin over everyone available.
    expect(
      pick("skills", team, { priority: "normal", tags: ["vip"] }, { roundRobinCursor: "ana@x.test" }, ctx)
        .assignee,
    ).toBe("ben@x.test");
  });
});
