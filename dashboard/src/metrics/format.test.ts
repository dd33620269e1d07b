import { daysOf } from "./DailyChart";
import { agentLabel, formatDuration, formatRate, heatLevel, lastDays, plural } from "./format";

describe("formatDuration", () => {
  it.each([
    [null, "—"],
    [400, "under 1 s"],
    [45_000, "45 s"],
    [93_000, "1 min"],
    [7_800_000, "2 h 10 min"],
    [3_600_000, "1 h"],
    [2 * 86_400_000 + 4 * 3_600_000 + 59_000, "2 d 4 h"],
  ])("%p → %p", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("formatting", () => {
  it("agrees counts with their nouns", () => {
    expect(plural(1, "message")).toBe("1 message");
    expect(plural(2, "message")).toBe("2 messages");
    expect(plural(0, "reply", "replies")).toBe("0 replies");
  });

  it("shows rates with one decimal, and no rate as a dash rather than 0%", () => {
    expect(formatRate(0.9349)).toBe("93.5%");
    expect(formatRate(null)).toBe("—");
  });

  it("names the unassigned bucket", () => {
    expect(agentLabel("_unassigned")).toBe("Unassigned");
    expect(agentLabel("ana@x.test")).toBe("ana@x.test");
  });

  it("steps heat from 1 for any activity to 5 for the busiest hour", () => {
    expect([heatLevel(0, 10), heatLevel(1, 10), heatLevel(5, 10), heatLevel(10, 10)]).toEqual([0, 1, 3, 5]);
  });

  it("makes a range of the last n days, today included", () => {
    const range = lastDays(new Date(2026, 9, 30, 12).getTime(), 30);
    expect(range).toEqual({ from: "2026-10-01", to: "2026-10-30" });
  });
});

describe("daysOf", () => {
  it("lists every day of the range, a single day too", () => {
    const iso = (x: number) => new Date(x * 1000).toISOString().slice(0, 10);
    expect(daysOf("2026-10-30", "2026-11-02").map(iso)).toEqual([
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
      "2026-11-02",
    ]);
    expect(daysOf("2026-10-30", "2026-10-30")).toHaveLength(1);
  });
});
