import { formatDuration, formatDurationLong, formatTicker } from "./format-duration";
import { DAY_MS as d, HOUR_MS as h, MINUTE_MS as m, SECOND_MS as s } from "./units";

describe("formatDuration", () => {
  it.each([
    [42 * m, "42m"],
    [42 * m + 59 * s, "42m"],
    [65 * m, "1h 5m"],
    [2 * h, "2h"],
    [3 * d + 2 * h + 59 * m, "3d 2h"],
    [3 * d, "3d"],
    [59 * s, "<1m"],
    [1, "<1m"],
    [0, "0m"],
    [-(65 * m), "1h 5m"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    [40 * h, "40h"],
    [26 * h + 59 * s, "26h"],
    [24 * h + 5 * m, "24h 5m"],
    [45 * m, "45m"],
  ])("%i ms of business time reads %s, never in days", (ms, text) => {
    expect(formatDuration(ms, { largest: "h" })).toBe(text);
  });
});

describe("formatTicker", () => {
  it.each([
    [42 * m + 10 * s, "42:10"],
    [42 * m + 10 * s + 999, "42:10"],
    [5 * m + 3 * s, "5:03"],
    [3 * s, "0:03"],
    [h + 2 * m + 10 * s, "1:02:10"],
    [d + h, "1d 1h"],
  ])("%i ms ticks as %s", (ms, text) => {
    expect(formatTicker(ms)).toBe(text);
  });
});

describe("formatDurationLong", () => {
  it.each([
    [42 * m, "42 min"],
    [65 * m, "1 h 5 min"],
    [2 * h, "2 h"],
    [3 * d + 2 * h, "3 d 2 h"],
    [30 * s, "under 1 min"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatDurationLong(ms)).toBe(text);
  });

  it("keeps business time in hours", () => {
    expect(formatDurationLong(30 * h + 5 * m, { largest: "h" })).toBe("30 h 5 min");
  });
});
