import { formatDuration, formatDurationLong, formatTicker } from "./format-duration";

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe("formatDuration", () => {
  it.each([
    [42 * m, "42m"],
    [42 * m + 59 * s, "42m"],
    [65 * m, "1h 5m"],
    [2 * h, "2h"],
    [3 * d + 2 * h + 59 * m, "3d 2h"],
    [3 * d, "3d"],
    [59 * s, "0m"],
    [-(65 * m), "1h 5m"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
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
});
