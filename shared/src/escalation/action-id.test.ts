import { slaActionEventId } from "./action-id";

describe("slaActionEventId", () => {
  it("is the same for the same fact and differs per conversation, clock, cycle, kind and level", () => {
    const id = slaActionEventId("c_abc0123456", "first_response", 1, "breached");
    expect(slaActionEventId("c_abc0123456", "first_response", 1, "breached")).toBe(id);
    const variants = [
      slaActionEventId("c_abc0123457", "first_response", 1, "breached"),
      slaActionEventId("c_abc0123456", "resolution", 1, "breached"),
      slaActionEventId("c_abc0123456", "first_response", 2, "breached"),
      slaActionEventId("c_abc0123456", "first_response", 1, "warned"),
      slaActionEventId("c_abc0123456", "first_response", 1, "escalated", "still-breached"),
      slaActionEventId("c_abc0123456", "first_response", 1, "escalated", "night-lead"),
    ];
    expect(new Set([id, ...variants]).size).toBe(variants.length + 1);
  });

  it("is a valid Firestore document id (no slash, not dot-only, short)", () => {
    const id = slaActionEventId("c_" + "a".repeat(64), "next_response", 12, "escalated", "a".repeat(40));
    expect(id).not.toMatch(/\//);
    expect(id.length).toBeLessThan(1500);
  });
});
