import type { ClockState, SlaState } from "@baton/shared";
import { NO_DEADLINE_ORDER, summarizeSla, summaryTone } from "./sla-summary";

const H = 3_600_000;
const NOW = Date.UTC(2026, 2, 10, 12);

function clock(overrides: Partial<ClockState>): ClockState {
  return {
    kind: "first_response",
    cycle: 1,
    state: "running",
    warning: false,
    startedBy: "<m@x>",
    startedAt: NOW - H,
    stoppedAt: null,
    targetMs: 4 * H,
    usedMs: H,
    leftMs: 3 * H,
    dueAt: NOW + 3 * H,
    warnAt: NOW + 2 * H,
    pausedReason: null,
    resumesAt: null,
    closesAt: null,
    timeline: [{ kind: "ran", from: NOW - H, to: NOW, usedMs: H }],
    ...overrides,
  };
}

function sla(clocks: ClockState[]): SlaState {
  return { priority: "normal", clocks, nextCheckAt: null };
}

const context = { policyVersion: 3, snoozedUntil: null, timeZone: "UTC" };

describe("summarizeSla", () => {
  it("orders by the next deadline and drops the timelines", () => {
    const summary = summarizeSla(
      sla([clock({}), clock({ kind: "resolution", dueAt: NOW + 20 * H, warnAt: NOW + 15 * H })]),
      context,
      NOW,
    );
    expect(summary).toMatchObject({ nextDeadline: NOW + 3 * H, nextDeadlineClock: "first_response" });
    expect(summary.queueOrder).toBe(NOW + 3 * H);
    expect(summary.policyVersion).toBe(3);
    expect(JSON.stringify(summary)).not.toContain("timeline");
  });

  it("puts a breached clock still waiting ahead of every future deadline", () => {
    // Breached 2 h ago: the view has no next deadline for it, but the queue must show it first.
    const summary = summarizeSla(
      sla([clock({ state: "breached", dueAt: NOW - 2 * H, leftMs: -2 * H }), clock({ kind: "resolution" })]),
      context,
      NOW,
    );
    expect(summary.queueOrder).toBe(NOW - 2 * H);
  });

  it("sorts conversations without a running clock last", () => {
    const summary = summarizeSla(
      sla([clock({ state: "met", stoppedAt: NOW - H, dueAt: null })]),
      context,
      NOW,
    );
    expect(summary.nextDeadline).toBeNull();
    expect(summary.queueOrder).toBe(NO_DEADLINE_ORDER);
  });
});

describe("summaryTone", () => {
  it("turns a stored running clock red once its due instant has passed", () => {
    const summary = summarizeSla(sla([clock({})]), context, NOW);
    expect(summaryTone(summary, NOW)).toBe("ok");
    expect(summaryTone(summary, NOW + 2 * H + 1)).toBe("warning");
    expect(summaryTone(summary, NOW + 3 * H + 1)).toBe("breached");
  });

  it("is neutral without clocks", () => {
    expect(summaryTone(undefined, NOW)).toBe("neutral");
  });
});
