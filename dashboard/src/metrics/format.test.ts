import { daysOf } from "./DailyChart";
import { translatorFor } from "@baton/shared/i18n/all";
import { agentLabel, formatCount, formatDuration, formatRate, heatLevel, lastDays } from "./format";

const en = translatorFor(["en"]);
const nl = translatorFor(["nl"]);

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
    expect(formatDuration(ms, en)).toBe(text);
  });
});

describe("formatting", () => {
  it("writes durations, counts and rates in Dutch the Dutch way", () => {
    expect(formatDuration(7_800_000, nl)).toBe("2 u 10 min");
    expect(formatDuration(400, nl)).toBe("minder dan 1 s");
    expect(formatCount(50_000, nl)).toBe("50.000");
    expect(formatCount(50_000, en)).toBe("50,000");
    expect(formatRate(0.9349, nl)).toBe("93,5%");
    expect(agentLabel("_unassigned", nl)).toBe("Niet toegewezen");
  });

  it("shows rates with one decimal, and no rate as a dash rather than 0%", () => {
    expect(formatRate(0.9349, en)).toBe("93.5%");
    expect(formatRate(null, en)).toBe("—");
  });

  it("names the unassigned bucket", () => {
    expect(agentLabel("_unassigned", en)).toBe("Unassigned");
    expect(agentLabel("ana@x.test", en)).toBe("ana@x.test");
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
