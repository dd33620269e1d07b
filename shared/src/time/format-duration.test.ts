import fc from "fast-check";
import { formatDuration, formatTicker, parseDuration } from "./format-duration";
import { DAY_MS as d, HOUR_MS as h, MINUTE_MS as m, SECOND_MS as s } from "./units";

describe("formatDuration", () => {
  it.each([
    [42 * m, "42 min"],
    [42 * m + 59 * s, "42 min"],
    [65 * m, "1 h 5 min"],
    [6 * h + 23 * m, "6 h 23 min"],
    [2 * h, "2 h"],
    [2 * d + 4 * h + 59 * m, "2 d 4 h"],
    [3 * d, "3 d"],
    [59 * s, "under 1 min"],
    [1, "under 1 min"],
    [0, "0 min"],
    [-(65 * m), "1 h 5 min"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    [40 * h, "40 h"],
    [26 * h + 59 * s, "26 h"],
    [24 * h + 5 * m, "24 h 5 min"],
    [45 * m, "45 min"],
  ])("%i ms of business time reads %s, never in days", (ms, text) => {
    expect(formatDuration(ms, { largest: "h" })).toBe(text);
  });
});

describe("formatTicker", () => {
  it.each([
    // Units spelled out: "47:11" read as minutes to some and hours to others.
    [47 * m + 11 * s, "47 min 11 s"],
    [42 * m + 10 * s + 999, "42 min 10 s"],
    [5 * m, "5 min 0 s"],
    [3 * s, "3 s"],
    [h + 2 * m + 10 * s, "1 h 2 min 10 s"],
    [h + 10 * s, "1 h 0 min 10 s"],
    [d + h, "1 d 1 h"],
  ])("%i ms ticks as %s", (ms, text) => {
    expect(formatTicker(ms)).toBe(text);
  });
});

describe("parseDuration", () => {
  it.each([
    ["47 min", 47 * m],
    ["6 h 23 min", 6 * h + 23 * m],
    ["2 d 4 h", 2 * d + 4 * h],
    ["40h", 40 * h],
    ["0 min", 0],
    ["1 h 0 min 10 s", h + 10 * s],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "47", "min", "4 h 2 d", "1 h 1 h", "3 weeks", "1 h and 5 min", "-5 min"])(
    "refuses %p",
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );

  it("round-trips every text formatDuration writes, to the duration floored to its last unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: m, max: 400 * d }), fc.boolean(), (ms, business) => {
        const format = business ? ({ largest: "h" } as const) : {};
        const text = formatDuration(ms, format);
        const back = parseDuration(text);
        expect(back).not.toBeNull();
        expect(formatDuration(back ?? 0, format)).toBe(text);
        // Floored: never more than the duration, and short by less than a minute, or an hour once
        // days are shown (two units at most: "2 d 4 h").
        const tolerance = / d( |$)/.test(text) ? h : m;
        expect(back).toBeLessThanOrEqual(ms);
        expect(ms - (back ?? 0)).toBeLessThan(tolerance);
      }),
    );
  });

  it("round-trips the ticker to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: d - 1 }), (ms) => {
        expect(parseDuration(formatTicker(ms))).toBe(ms - (ms % s));
      }),
    );
  });
});
