import { putMailboxRequestSchema, putMemberRequestSchema } from "./admin";
import { parsed, refusal } from "../../test/api/parse-helpers";

const tier = { firstResponseMinutes: 60, nextResponseMinutes: 240, resolutionMinutes: 2880 };
const mailbox = {
  address: "Support@demo.baton.test",
  name: "Support",
  policy: {
    tiers: { low: {}, normal: tier, high: tier, urgent: { firstResponseMinutes: 15 } },
    warningThreshold: 0.75,
  },
  calendar: {
    timeZone: "Europe/Amsterdam",
    weekly: {
      mon: [["09:00", "17:00"]],
      sat: [
        ["10:00", "12:00"],
        ["13:00", "24:00"],
      ],
    },
    holidays: ["2025-12-25"],
  },
  routing: { agents: ["Ana@demo.baton.test"], onCall: "lead@demo.baton.test" },
};

describe("PUT /mailboxes/{id}", () => {
  it("accepts a policy, a calendar and routing, with defaults filled in", () => {
    const value = parsed(putMailboxRequestSchema, mailbox);
    expect(value.address).toBe("support@demo.baton.test");
    expect(value.policy.pauseStatuses).toEqual(["pending", "snoozed"]);
    expect(value.routing.agents).toEqual(["ana@demo.baton.test"]);
    const bare = parsed(putMailboxRequestSchema, { ...mailbox, routing: {} });
    expect(bare.routing).toEqual({ agents: [], onCall: null });
  });

  it("refuses impossible policies", () => {
    const policy = (patch: object) => ({ ...mailbox, policy: { ...mailbox.policy, ...patch } });
    expect(refusal(putMailboxRequestSchema, policy({ warningThreshold: 1 }))).toBe(
      "policy.warningThreshold: must be less than 1",
    );
    expect(refusal(putMailboxRequestSchema, policy({ warningThreshold: 0 }))).toBe(
      "policy.warningThreshold: must be greater than 0",
    );
    expect(refusal(putMailboxRequestSchema, policy({ pauseStatuses: ["open"] }))).toBe(
      "policy.pauseStatuses: open cannot pause the clocks",
    );
    const halfMinute = policy({ tiers: { ...mailbox.policy.tiers, low: { firstResponseMinutes: 0.5 } } });
    expect(refusal(putMailboxRequestSchema, halfMinute)).toBe(
      "policy.tiers.low.firstResponseMinutes: expected a whole number, got a number",
    );
    const { urgent: _urgent, ...threeTiers } = mailbox.policy.tiers;
    expect(refusal(putMailboxRequestSchema, policy({ tiers: threeTiers }))).toBe(
      "policy.tiers.urgent: is required",
    );
    const typo = policy({ tiers: { ...mailbox.policy.tiers, normal: { firstResponseMinute: 5 } } });
    expect(refusal(putMailboxRequestSchema, typo)).toBe(
      'policy.tiers.normal: unknown field "firstResponseMinute"',
    );
  });

  it("checks the calendar's shape", () => {
    const calendar = (patch: object) => ({ ...mailbox, calendar: { ...mailbox.calendar, ...patch } });
    expect(refusal(putMailboxRequestSchema, calendar({ weekly: { mon: [["9:00", "17:00"]] } }))).toBe(
      'calendar.weekly.mon[0][0]: expected a time "HH:MM" (00:00 to 24:00)',
    );
    expect(refusal(putMailboxRequestSchema, calendar({ weekly: { mon: [["09:00", "24:30"]] } }))).toBe(
      'calendar.weekly.mon[0][1]: expected a time "HH:MM" (00:00 to 24:00)',
    );
    expect(refusal(putMailboxRequestSchema, calendar({ weekly: { monday: [] } }))).toBe(
      'calendar.weekly: unknown field "monday"',
    );
    expect(refusal(putMailboxRequestSchema, calendar({ holidays: ["25/12/2025"] }))).toBe(
      'calendar.holidays[0]: expected a date "YYYY-MM-DD"',
    );
  });
});

describe("PUT /members/{email}", () => {
  it("accepts a role and an optional name", () => {
    expect(parsed(putMemberRequestSchema, { role: "lead", name: " Lee " })).toEqual({
      role: "lead",
      name: "Lee",
    });
    expect(parsed(putMemberRequestSchema, { role: "viewer" })).toEqual({ role: "viewer" });
  });

  it("refuses unknown roles and fields", () => {
    expect(refusal(putMemberRequestSchema, { role: "owner" })).toBe(
      "role: expected one of admin, lead, agent, viewer",
    );
    expect(refusal(putMemberRequestSchema, { role: "agent", email: "x@y.test" })).toBe(
      'Request: unknown field "email"',
    );
  });
});
