import { searchTimeZones, timeZoneOptions } from "./time-zones";

describe("time-zone picker", () => {
  it("lists the browser's IANA zones with UTC, sorted and unique", () => {
    const zones = timeZoneOptions();
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Amsterdam");
    expect(zones).toEqual([...new Set(zones)].sort());
  });

  it("finds zones by any words of their name", () => {
    const zones = ["America/New_York", "America/Los_Angeles", "Europe/Amsterdam", "UTC"];
    expect(searchTimeZones(zones, "new york")).toEqual(["America/New_York"]);
    expect(searchTimeZones(zones, "AMSTER")).toEqual(["Europe/Amsterdam"]);
    expect(searchTimeZones(zones, "america")).toEqual(["America/New_York", "America/Los_Angeles"]);
    expect(searchTimeZones(zones, "")).toEqual(zones);
  });
});
