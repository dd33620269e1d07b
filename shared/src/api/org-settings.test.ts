import { putOrgSettingsRequestSchema } from "./org-settings";

const valid = { redaction: { cards: true, ibans: false, patterns: [{ name: "cid", regex: "C-\\d+" }] } };

describe("putOrgSettingsRequestSchema", () => {
  it("accepts redaction with a retention in range or null", () => {
    expect(putOrgSettingsRequestSchema.safeParse({ ...valid, retentionDays: 30 }).success).toBe(true);
    expect(putOrgSettingsRequestSchema.safeParse({ ...valid, retentionDays: 3650 }).success).toBe(true);
    expect(putOrgSettingsRequestSchema.safeParse({ ...valid, retentionDays: null }).success).toBe(true);
  });

  it("defaults missing patterns to none", () => {
    const parsed = putOrgSettingsRequestSchema.parse({
      redaction: { cards: true, ibans: true },
      retentionDays: null,
    });
    expect(parsed.redaction.patterns).toEqual([]);
  });

  it("refuses retention out of range or fractional, with a sentence", () => {
    for (const retentionDays of [29, 3651, 45.5]) {
      const result = putOrgSettingsRequestSchema.safeParse({ ...valid, retentionDays });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/retentionDays must/);
    }
  });

  it("is strict: unknown fields and a missing retention are refused", () => {
    expect(putOrgSettingsRequestSchema.safeParse({ ...valid, retentionDays: null, x: 1 }).success).toBe(
      false,
    );
    expect(putOrgSettingsRequestSchema.safeParse(valid).success).toBe(false);
    expect(
      putOrgSettingsRequestSchema.safeParse({
        redaction: { ...valid.redaction, patterns: [{ name: "a", regex: "b", flags: "i" }] },
        retentionDays: null,
      }).success,
    ).toBe(false);
  });
});
