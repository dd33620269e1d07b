import { BLOCK_MS, blockIndexOf, buildBlock, instantReaching, measureBefore } from "./business-block";
import { parseCalendar } from "./validate-calendar";

const H = 3_600_000;

describe("business blocks (7 days of UTC)", () => {
  const cal = parseCalendar({
    timeZone: "Etc/UTC",
    weekly: { mon: [["09:00", "17:00"]], sun: [["22:00", "24:00"]] },
    holidays: ["2025-06-16"],
  });

  it("clips windows to the block, merges across midnight, skips holidays, and sums", () => {
    // Block of 2025-06-12 (Thu 00:00Z .. Thu 06-19 00:00Z): Sun 15 22:00-24:00 runs into Mon 16,
    // a holiday, so only 2 h; Mon 09-17 is closed.
    const k = blockIndexOf(Date.parse("2025-06-12T00:00Z"));
    const block = buildBlock(cal, k);
    expect(block.start).toBe(Date.parse("2025-06-12T00:00Z"));
    expect(block.end - block.start).toBe(BLOCK_MS);
    expect(Array.from(block.starts)).toEqual([Date.parse("2025-06-15T22:00Z")]);
    expect(block.total).toBe(2 * H);
  });

  it("measures and inverts the measure with prefix sums", () => {
    // Block of 2025-06-19: Sun 22 22:00-24:00 and Mon 23 00:00 not open (no window), Mon 09-17: 2 + 8 h
    const block = buildBlock(cal, blockIndexOf(Date.parse("2025-06-19T00:00Z")));
    expect(block.total).toBe(10 * H);
    expect(measureBefore(block, Date.parse("2025-06-23T10:00Z"))).toBe(3 * H); // 2 h Sunday + 1 h Monday
    expect(instantReaching(block, 2 * H)).toBe(Date.parse("2025-06-23T00:00Z")); // earliest, not Mon 09:00
    expect(instantReaching(block, 3 * H)).toBe(Date.parse("2025-06-23T10:00Z"));
  });
});
