// Rota: Olga, Otto weekly from Mon 2026-03-23 at the handover time, Europe/Amsterdam.
// DST in Amsterdam: 2026-03-29 02:00 CET -> 03:00 CEST; 2026-10-25 03:00 CEST -> 02:00 CET.
import { HOUR, MINUTE, ams } from "../../test/sla/fixtures";
import { onCallAt, validateRota } from "./rota";
import { OLGA, OTTO, ROTA } from "../../test/escalation/fixtures";

describe("onCallAt", () => {
  it("starts the rotation at the anchor's handover and rotates weekly", () => {
    expect(onCallAt(ROTA, ams("2026-03-23 09:00"))).toMatchObject({ member: OLGA, source: "rotation" });
    expect(onCallAt(ROTA, ams("2026-03-30 09:00"))?.member).toBe(OTTO);
    expect(onCallAt(ROTA, ams("2026-04-06 09:00"))?.member).toBe(OLGA);
  });

  it("counts weeks backwards from the anchor too", () => {
    // One minute before the anchor handover is the previous week: index -1 mod 2 = Otto.
    expect(onCallAt(ROTA, ams("2026-03-23 08:59"))?.member).toBe(OTTO);
  });

  it("keeps the week's member across spring-forward and hands over at 09:00 local time", () => {
    // Mon 2026-03-30 08:59 CEST is still Olga's week (the 23rd-29th rota days), 09:00 is Otto's.
    expect(onCallAt(ROTA, ams("2026-03-30 08:59"))?.member).toBe(OLGA);
    expect(onCallAt(ROTA, ams("2026-03-30 09:00"))?.member).toBe(OTTO);
    // The rota day of Sat 28th runs 09:00 CET -> Sun 09:00 CEST: 23 hours.
    const saturday = onCallAt(ROTA, ams("2026-03-28 20:00"));
    expect(saturday).toMatchObject({ from: ams("2026-03-28 09:00"), to: ams("2026-03-29 09:00") });
    expect((saturday?.to ?? 0) - (saturday?.from ?? 0)).toBe(23 * HOUR);
  });

  it("hands over when the gap ends if the handover time does not exist that day", () => {
    // 02:30 does not exist on 2026-03-29: read with the offset before the gap (UTC+1) = 01:30 UTC,
    // which is 03:30 CEST. Anchor that day: Olga from 03:30, the previous week (Otto) until then.
    const rota = { ...ROTA, anchorDate: "2026-03-29", handover: "02:30" };
    expect(onCallAt(rota, ams("2026-03-29 03:15"))?.member).toBe(OTTO);
    expect(onCallAt(rota, ams("2026-03-29 03:30"))?.member).toBe(OLGA);
    expect(onCallAt(rota, ams("2026-03-29 03:30"))?.from).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it("hands over once in a repeated hour (the first 02:30) and never flips back", () => {
    // 2026-10-25: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET). The anchor is
    // 2026-10-25 02:30: Olga from 00:30 UTC. At 01:10 UTC the wall shows 02:10 — before 02:30 on the
    // wall, but after the handover instant — still Olga.
    const rota = { ...ROTA, anchorDate: "2026-10-25", handover: "02:30" };
    expect(onCallAt(rota, Date.UTC(2026, 9, 25, 0, 29))?.member).toBe(OTTO);
    expect(onCallAt(rota, Date.UTC(2026, 9, 25, 0, 30))?.member).toBe(OLGA);
    expect(onCallAt(rota, Date.UTC(2026, 9, 25, 1, 10))?.member).toBe(OLGA);
    // That rota day is 25 hours long (02:30 CEST -> 02:30 CET next day).
    const shift = onCallAt(rota, Date.UTC(2026, 9, 25, 1, 10));
    expect((shift?.to ?? 0) - (shift?.from ?? 0)).toBe(25 * HOUR);
  });

  it("lets a per-date override hold the pager from that date's handover to the next", () => {
    const rota = { ...ROTA, overrides: [{ date: "2026-03-25", member: "lena@team.example" }] };
    expect(onCallAt(rota, ams("2026-03-25 08:59"))?.member).toBe(OLGA);
    expect(onCallAt(rota, ams("2026-03-25 09:00"))).toEqual({
      member: "lena@team.example",
      from: ams("2026-03-25 09:00"),
      to: ams("2026-03-26 09:00"),
      source: "override",
    });
    expect(onCallAt(rota, ams("2026-03-26 09:00") - MINUTE)?.member).toBe("lena@team.example");
    expect(onCallAt(rota, ams("2026-03-26 09:00"))?.member).toBe(OLGA);
  });

  it("answers null for an empty rotation without an override", () => {
    expect(onCallAt({ ...ROTA, members: [] }, ams("2026-03-25 10:00"))).toBeNull();
  });
});

describe("validateRota", () => {
  it("accepts the fixture", () => {
    expect(validateRota(ROTA)).toBeNull();
  });

  it.each([
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
    [{ members: ["olga"] }, "members"],
    [{ members: [OLGA, OLGA] }, "members"],
    [{ anchorDate: "2026-02-30" }, "anchorDate"],
    [{ handover: "24:00" }, "handover"],
    [{ handover: "9:00" }, "handover"],
    [{ overrides: [{ date: "2026-03-25", member: "x" }] }, "overrides.0.member"],
    [
      {
        overrides: [
          { date: "2026-03-25", member: OLGA },
          { date: "2026-03-25", member: OTTO },
        ],
      },
      "overrides.1.date",
    ],
  ])("refuses %j (field %s)", (change, field) => {
    expect(validateRota({ ...ROTA, ...change })?.details).toEqual({ field });
  });
});
