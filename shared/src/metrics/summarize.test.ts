import { bucketOf, bucketValue } from "./histogram";
import type { KeyedRollup } from "./rollup-deltas";
import { summarizeRollups } from "./summarize";

const MIN = 60_000;
function doc(
  day: string,
  agent: string,
  counts: KeyedRollup["rollup"]["counts"],
  frt: number[] = [],
): KeyedRollup {
  const hist: Record<string, number> = {};
  for (const v of frt) hist[String(bucketOf(v))] = (hist[String(bucketOf(v))] ?? 0) + 1;
  return {
    key: { day, mailboxId: "support", agent },
    rollup: { counts, hists: frt.length ? { firstResponseBusiness: hist } : {}, hourOfWeek: { "9": 1 } },
  };
}

const docs = [
  doc("2026-10-02", "_all", { resolved: 3, met_first_response: 3, breached_first_response: 1 }, [
    10 * MIN,
    20 * MIN,
  ]),
  doc("2026-10-01", "_all", { resolved: 1, met_first_response: 0 }, [30 * MIN]),
  doc("2026-10-02", "ana@x.test", { resolved: 2, met_first_response: 2 }, [10 * MIN]),
  doc("2026-10-02", "ben@x.test", { resolved: 1, met_first_response: 1, breached_first_response: 1 }, [
    20 * MIN,
  ]),
  doc("2026-10-01", "ben@x.test", { resolved: 1 }, [30 * MIN]),
];

describe("summarizeRollups", () => {
  it("totals the mailbox-wide documents and orders the days", () => {
    const s = summarizeRollups(docs);
    expect(s.days.map((d) => d.day)).toEqual(["2026-10-01", "2026-10-02"]);
    expect(s.totals.counts.resolved).toBe(4);
    // 3 met of 4 finished first-response clocks.
    expect(s.totals.attainment.first_response).toEqual({ met: 3, breached: 1, rate: 0.75 });
    // Three values, 10/20/30 min: the median is the 2nd (20 min), p90 the 3rd.
    expect(s.totals.durations.firstResponseBusiness.median).toBeCloseTo(bucketValue(bucketOf(20 * MIN)));
    expect(s.totals.durations.firstResponseBusiness.p90).toBeCloseTo(bucketValue(bucketOf(30 * MIN)));
    expect(s.hourOfWeek[9]).toBe(2);
    expect(s.hourOfWeek).toHaveLength(168);
  });

  it("reports attainment as null, not 0%, when no clock finished", () => {
    expect(summarizeRollups(docs).totals.attainment.resolution.rate).toBeNull();
  });

  it("ranks agents by conversations handled", () => {
    const s = summarizeRollups(docs);
    expect(s.agents.map((a) => [a.agent, a.handled])).toEqual([
      ["ana@x.test", 2],
      ["ben@x.test", 2],
    ]);
    expect(s.agents[1]?.attainment.first_response.rate).toBe(0.5);
  });

  it("filtered to one agent, reads only that agent's documents", () => {
    const s = summarizeRollups(docs, { agent: "ben@x.test" });
    expect(s.totals.counts.resolved).toBe(2);
    expect(s.agents.map((a) => a.agent)).toEqual(["ben@x.test"]);
  });
});
