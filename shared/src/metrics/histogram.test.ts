import fc from "fast-check";
import {
  bucketLowerBound,
  bucketOf,
  bucketValue,
  exactPercentile,
  HISTOGRAM_RELATIVE_ERROR,
  histogramCount,
  histogramOf,
  mergeHistograms,
  percentile,
} from "./histogram";

describe("histogram buckets", () => {
  it("puts sub-second values in bucket 0 and 1 s at the start of bucket 1", () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(999)).toBe(0);
    expect(bucketOf(1000)).toBe(1);
    // 1.05 s is the lower edge of bucket 2: 1000 × 1.05^1.
    expect(bucketOf(1050)).toBe(2);
    expect(bucketOf(1049.999)).toBe(1);
  });

  it("places every value between its bucket's edges, exactly at the edges too", () => {
    for (let i = 1; i < 400; i += 1) {
      expect(bucketOf(bucketLowerBound(i))).toBe(i);
      expect(bucketOf(bucketLowerBound(i + 1) - 1e-6 * bucketLowerBound(i))).toBe(i);
    }
  });

  it("refuses negative and non-finite durations", () => {
    expect(() => bucketOf(-1)).toThrow(RangeError);
    expect(() => bucketOf(Number.NaN)).toThrow(RangeError);
  });

  it("states a bound under 2.5%", () => {
    expect(HISTOGRAM_RELATIVE_ERROR).toBeLessThan(0.025);
    expect(HISTOGRAM_RELATIVE_ERROR).toBeGreaterThan(0.024);
  });

  it("reads any value >= 1 s back within the bound", () => {
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 3e10, noNaN: true }), (v) => {
        const read = bucketValue(bucketOf(v));
        return Math.abs(read - v) / v <= HISTOGRAM_RELATIVE_ERROR + 1e-12;
      }),
    );
  });
});

describe("percentile", () => {
  it("is null for an empty histogram", () => {
    expect(percentile({}, 0.5)).toBeNull();
  });

  it("uses the nearest rank: the median of 4 values is the 2nd", () => {
    // ceil(0.5 × 4) = rank 2 → 20 min; p90: ceil(3.6) = rank 4 → 40 min.
    const values = [10, 20, 30, 40].map((m) => m * 60_000);
    const hist = histogramOf(values);
    expect(exactPercentile(values, 0.5)).toBe(20 * 60_000);
    expect(percentile(hist, 0.5)).toBeCloseTo(bucketValue(bucketOf(20 * 60_000)), 6);
    expect(percentile(hist, 0.9)).toBeCloseTo(bucketValue(bucketOf(40 * 60_000)), 6);
  });

  it("of merged histograms equals the percentile of the union, within the bound of the exact one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1000, max: 30 * 86_400_000 }), { maxLength: 40 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom(0.5, 0.9, 0.99),
        (parts, p) => {
          const merged = parts.map((part) => histogramOf(part)).reduce((a, b) => mergeHistograms(a, b), {});
          const all = parts.flat();
          expect(histogramCount(merged)).toBe(all.length);
          expect(merged).toEqual(histogramOf(all));
          const exact = exactPercentile(all, p);
          const read = percentile(merged, p);
          if (exact === null) return read === null;
          return read !== null && Math.abs(read - exact) / exact <= HISTOGRAM_RELATIVE_ERROR + 1e-12;
        },
      ),
    );
  });

  it("subtracting a merged part gives the other part back, with no empty buckets left", () => {
    const a = histogramOf([1000, 5000, 5000, 90_000]);
    const b = histogramOf([5000, 7_200_000]);
    expect(mergeHistograms(mergeHistograms(a, b), b, -1)).toEqual(a);
    expect(mergeHistograms(b, b, -1)).toEqual({});
  });

  it("refuses p outside (0, 1]", () => {
    expect(() => percentile({ "1": 1 }, 0)).toThrow(RangeError);
    expect(() => percentile({ "1": 1 }, 1.5)).toThrow(RangeError);
  });
});
