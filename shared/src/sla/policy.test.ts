import { PRIORITIES } from "../conversation/types";
import { DEFAULT_SLA_POLICY, targetMsOf, validateSlaPolicy } from "./policy";
import { HOUR, MINUTE } from "../../test/sla/fixtures";
import type { SlaPolicy } from "./types";

function withChange(change: (policy: SlaPolicy) => void): SlaPolicy {
  const policy = structuredClone(DEFAULT_SLA_POLICY);
  change(policy);
  return policy;
}

describe("DEFAULT_SLA_POLICY", () => {
  it("is valid", () => {
    expect(validateSlaPolicy(DEFAULT_SLA_POLICY)).toBeNull();
  });

  it.each([
    ["urgent", 30 * MINUTE, 4 * HOUR],
    ["high", HOUR, 8 * HOUR],
    ["normal", 4 * HOUR, 24 * HOUR],
    ["low", 8 * HOUR, 40 * HOUR],
  ] as const)(
    "gives %s tickets %dms to respond (first and next) and %dms to resolve",
    (p, respond, resolve) => {
      expect(targetMsOf(DEFAULT_SLA_POLICY, p, "first_response")).toBe(respond);
      expect(targetMsOf(DEFAULT_SLA_POLICY, p, "next_response")).toBe(respond);
      expect(targetMsOf(DEFAULT_SLA_POLICY, p, "resolution")).toBe(resolve);
    },
  );

  it("warns at 75% and pauses while pending or snoozed", () => {
    expect(DEFAULT_SLA_POLICY.warningThreshold).toBe(0.75);
    expect(DEFAULT_SLA_POLICY.pauseStatuses).toEqual(["pending", "snoozed"]);
  });
});

describe("targetMsOf", () => {
  it("is null when the tier sets no target for the clock", () => {
    const policy = withChange((p) => delete p.tiers.low.nextResponseMinutes);
    expect(targetMsOf(policy, "low", "next_response")).toBeNull();
  });
});

describe("validateSlaPolicy", () => {
  it.each<[string, (p: SlaPolicy) => void, string]>([
    ["a missing tier", (p) => delete (p.tiers as Partial<SlaPolicy["tiers"]>).high, "tiers.high"],
    ["a zero target", (p) => (p.tiers.normal.resolutionMinutes = 0), "tiers.normal.resolutionMinutes"],
    ["a negative target", (p) => (p.tiers.low.firstResponseMinutes = -5), "tiers.low.firstResponseMinutes"],
    ["a NaN target", (p) => (p.tiers.urgent.nextResponseMinutes = NaN), "tiers.urgent.nextResponseMinutes"],
    ["a target over a year", (p) => (p.tiers.low.resolutionMinutes = 600_000), "tiers.low.resolutionMinutes"],
    ["a threshold of 0", (p) => (p.warningThreshold = 0), "warningThreshold"],
    ["a threshold of 1", (p) => (p.warningThreshold = 1), "warningThreshold"],
    ["a percentage threshold", (p) => (p.warningThreshold = 75), "warningThreshold"],
    ["pausing on open", (p) => (p.pauseStatuses = ["open"]), "pauseStatuses"],
    ["pausing on resolved", (p) => (p.pauseStatuses = ["pending", "resolved"]), "pauseStatuses"],
    ["a status listed twice", (p) => (p.pauseStatuses = ["pending", "pending"]), "pauseStatuses"],
    ["an unknown status", (p) => (p.pauseStatuses = ["waiting" as "pending"]), "pauseStatuses"],
  ])("rejects %s", (_name, change, field) => {
    const error = validateSlaPolicy(withChange(change));
    expect(error).toMatchObject({ code: "invalid_request", details: { field } });
    expect(error?.message).toMatch(/\w+ .*\./);
  });

  it("accepts a tier without some targets and a policy that never pauses", () => {
    const policy = withChange((p) => {
      for (const name of PRIORITIES) delete p.tiers[name].nextResponseMinutes;
      p.pauseStatuses = [];
    });
    expect(validateSlaPolicy(policy)).toBeNull();
  });
});
