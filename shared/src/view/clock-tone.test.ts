import { clockTone } from "./clock-tone";
import { MINUTE, MON, TUE, ams, clock } from "../../test/view/fixtures";

describe("clockTone", () => {
  // 60 min target from 09:00, warning threshold 75% -> warnAt 09:45, due 10:00.
  const running = clock();

  it("is ok up to the warning instant and amber just after it, as the engine's warning flag", () => {
    expect(clockTone(running, ams(MON, 9, 45))).toBe("ok");
    expect(clockTone(running, ams(MON, 9, 45) + 1)).toBe("warning");
  });

  it("stays amber at the due instant and turns red just after it", () => {
    expect(clockTone(running, ams(MON, 10))).toBe("warning");
    expect(clockTone(running, ams(MON, 10) + 1)).toBe("breached");
    expect(clockTone(clock({ state: "breached", dueAt: null }), ams(MON, 9))).toBe("breached");
  });

  it("trusts the engine's warning flag and a view's tone once warnAt is gone", () => {
    expect(clockTone(clock({ warning: true, warnAt: null }), ams(MON, 9, 50))).toBe("warning");
    const { warning: _warning, ...view } = clock({ warnAt: null });
    expect(clockTone({ ...view, tone: "warning" }, ams(MON, 9, 50))).toBe("warning");
    expect(clockTone({ ...view, tone: "ok" }, ams(MON, 9, 50))).toBe("ok");
  });

  it("greys clocks paused by status, even when they were amber", () => {
    const pending = clock({
      state: "paused",
      pausedReason: "pending",
      dueAt: null,
      warnAt: null,
      warning: true,
    });
    expect(clockTone(pending, ams(MON, 11))).toBe("paused");
  });

  it("keeps amber through closed hours, and warns when no business time is left", () => {
    const night = {
      state: "paused" as const,
      pausedReason: "outside_business_hours" as const,
      resumesAt: ams(TUE, 9),
    };
    expect(
      clockTone(
        clock({ ...night, dueAt: ams(TUE, 9, 30), warnAt: ams(TUE, 9, 15), leftMs: 30 * MINUTE }),
        ams(MON, 20),
      ),
    ).toBe("paused");
    expect(
      clockTone(
        clock({ ...night, dueAt: ams(TUE, 9, 5), warnAt: null, warning: true, leftMs: 5 * MINUTE }),
        ams(MON, 20),
      ),
    ).toBe("warning");
    expect(clockTone(clock({ ...night, dueAt: ams(TUE, 9), warnAt: null, leftMs: 0 }), ams(MON, 20))).toBe(
      "warning",
    );
  });

  it("marks met clocks, and unexplained pauses as neutral", () => {
    expect(clockTone(clock({ state: "met" }), ams(MON, 12))).toBe("met");
    expect(clockTone(clock({ state: "paused", dueAt: null, warnAt: null }), ams(MON, 9, 10))).toBe("neutral");
  });
});
