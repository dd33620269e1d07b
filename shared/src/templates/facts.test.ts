import { dueFromSla } from "./facts";

const NOW = 1_000;
const clock = (
  kind: "first_response" | "resolution",
  cycle: number,
  state: string,
  dueAt: number | null,
) => ({
  kind,
  cycle,
  state,
  dueAt,
});

describe("dueFromSla", () => {
  it("answers a running clock's due ahead of now", () => {
    expect(
      dueFromSla({ clocks: [clock("first_response", 1, "running", 5_000)] }, "first_response", NOW),
    ).toBe(5_000);
  });

  it("answers a clock waiting for business hours (paused with a due)", () => {
    expect(dueFromSla({ clocks: [clock("resolution", 1, "paused", 9_000)] }, "resolution", NOW)).toBe(9_000);
  });

  it("has nothing to promise for a met, breached, status-paused or absent clock", () => {
    expect(
      dueFromSla({ clocks: [clock("first_response", 1, "met", 5_000)] }, "first_response", NOW),
    ).toBeNull();
    expect(
      dueFromSla({ clocks: [clock("first_response", 1, "breached", 500)] }, "first_response", NOW),
    ).toBeNull();
    expect(dueFromSla({ clocks: [clock("resolution", 1, "paused", null)] }, "resolution", NOW)).toBeNull();
    expect(dueFromSla({ clocks: [] }, "resolution", NOW)).toBeNull();
    expect(dueFromSla(null, "resolution", NOW)).toBeNull();
  });

  it("reads the latest cycle", () => {
    const sla = { clocks: [clock("resolution", 2, "running", 8_000), clock("resolution", 1, "met", 3_000)] };
    expect(dueFromSla(sla, "resolution", NOW)).toBe(8_000);
  });
});
