import { retentionCutoff } from "./cutoff";

describe("retentionCutoff", () => {
  const now = Date.UTC(2026, 10, 23, 12);

  it("is now minus the days", () => {
    expect(retentionCutoff(30, now)).toBe(Date.UTC(2026, 9, 24, 12));
    expect(retentionCutoff(3650, now)).toBe(now - 3650 * 86_400_000);
  });

  it("keeps everything when the setting is missing or malformed", () => {
    for (const raw of [null, undefined, 0, -5, 12.5, "90", Number.NaN])
      expect(retentionCutoff(raw, now)).toBeNull();
  });
});
