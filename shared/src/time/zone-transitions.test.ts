import fc from "fast-check";
import { offsetAt, loadZone } from "./zone";
import {
  GREGORIAN_CYCLE_MS,
  ZONE_HISTORY_START_MS,
  ZONE_RULES_REPEAT_FROM_MS,
  zoneTransitionsOf,
} from "./zone-transitions";

const DAY = 86_400_000;
const zone = (name: string) => {
  const z = loadZone(name);
  if (z === undefined) throw new Error(name);
  return z;
};
const ALL_ZONES = Intl.supportedValuesOf("timeZone");

describe("a zone's offset changes, found by sampling", () => {
  it("finds Amsterdam's 2025 changes to the second", () => {
    const table = zoneTransitionsOf(zone("Europe/Amsterdam"));
    expect(table.between(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1))).toEqual([
      { at: Date.parse("2025-03-30T01:00Z"), before: 3_600_000, after: 7_200_000 },
      { at: Date.parse("2025-10-26T01:00Z"), before: 7_200_000, after: 3_600_000 },
    ]);
  });

  it("gives luxon's offset at any instant from year 0001 to 3000, in zones with odd histories", () => {
    const names = [
      "Europe/Amsterdam",
      "America/Santiago",
      "Australia/Lord_Howe",
      "Africa/Casablanca",
      "Asia/Gaza",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.integer({ min: new Date(0).setUTCFullYear(1, 0, 1), max: Date.UTC(3000, 0, 1) }),
        (name, t) => {
          expect(zoneTransitionsOf(zone(name)).offsetAt(t)).toBe(offsetAt(zone(name), t));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("and right next to each change", () => {
    const z = zone("America/Santiago");
    for (const tr of zoneTransitionsOf(z).between(Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1))) {
      expect(offsetAt(z, tr.at - 1)).toBe(tr.before);
      expect(offsetAt(z, tr.at)).toBe(tr.after);
    }
  });
});

describe("the assumptions that let the table skip sampling", () => {
  it("no zone this runtime knows changes its offset before 1800", () => {
    const probes = [1, 500, 1000, 1500, 1700, 1799].map((y) => new Date(0).setUTCFullYear(y, 5, 15));
    for (const name of ALL_ZONES) {
      const z = zone(name);
      const quiet = offsetAt(z, ZONE_HISTORY_START_MS);
      for (const t of probes) expect([name, offsetAt(z, t)]).toEqual([name, quiet]);
    }
  });

  it("every zone repeats its offsets every 400 years from 2199 on", () => {
    // Probes every 15 days through the year before 2200 (chunks there are read for their margins).
    const probes = Array.from({ length: 24 }, (_, i) => ZONE_RULES_REPEAT_FROM_MS - 400 * DAY + i * 15 * DAY);
    for (const name of ALL_ZONES) {
      const z = zone(name);
      for (const t of probes) {
        expect([name, offsetAt(z, t + GREGORIAN_CYCLE_MS)]).toEqual([name, offsetAt(z, t)]);
      }
    }
  });
});
