import { loadZone, resolveWallTime } from "./zone";

const wall = (text: string): number => Date.parse(`${text}Z`); // local wall time written as if UTC
const resolve = (zone: string, text: string): string =>
  new Date(resolveWallTime(loadZone(zone)!, wall(text))).toISOString();

// Cases from zendesk/biz spec/time_spec.rb (#on_date), plus the zones issue 2 names.
describe("resolveWallTime (RFC 5545 / Temporal 'compatible')", () => {
  it("reads a skipped wall time with the offset before the gap (biz: LA 2014-03-09 02:30 -> 03:30 PDT)", () => {
    expect(resolve("America/Los_Angeles", "2014-03-09T02:30")).toBe(
      new Date("2014-03-09T03:30-07:00").toISOString(),
    );
  });

  it("resolves a skipped '24:00' to 01:00 the next day (biz: Sao Paulo 2015-10-17 24:00)", () => {
    expect(resolve("America/Sao_Paulo", "2015-10-18T00:00")).toBe(
      new Date("2015-10-18T01:00-02:00").toISOString(),
    );
  });

  it("takes the earlier (DST) instant of a repeated wall time (biz: LA 2014-11-02 01:30 PDT)", () => {
    expect(resolve("America/Los_Angeles", "2014-11-02T01:30")).toBe(
      new Date("2014-11-02T01:30-07:00").toISOString(),
    );
  });

  it("handles 30-minute and 45-minute offsets", () => {
    // Lord Howe 2025-10-05: 02:00 -> 02:30; 02:10 read at +10:30 = 15:40Z (02:40 +11:00)
    expect(resolve("Australia/Lord_Howe", "2025-10-05T02:10")).toBe("2025-10-04T15:40:00.000Z");
    // Lord Howe 2025-04-06: 02:00 -> 01:30; 01:45 first at +11:00 = 14:45Z
    expect(resolve("Australia/Lord_Howe", "2025-04-06T01:45")).toBe("2025-04-05T14:45:00.000Z");
    expect(resolve("Asia/Kathmandu", "2025-01-06T09:00")).toBe("2025-01-06T03:15:00.000Z");
  });

  it("knows which zones exist", () => {
    expect(loadZone("Europe/Amsterdam")).toBeDefined();
    expect(loadZone("Europe/Atlantis")).toBeUndefined();
  });
});
