import { readOrgSettingsForm, toOrgSettingsForm } from "./org-settings-form";

const settings = {
  redaction: { cards: true, ibans: false, patterns: [{ name: "order", regex: "ORD-\\d{5} x" }] },
  retentionDays: 365,
  mailboxVisibility: "members" as const,
};

describe("org settings form", () => {
  it("round-trips the stored settings into the same request", () => {
    expect(readOrgSettingsForm(toOrgSettingsForm(settings))).toEqual({ ok: true, request: settings });
  });

  it("sends null retention for an empty field", () => {
    const form = { ...toOrgSettingsForm(settings), retentionDays: " " };
    expect(readOrgSettingsForm(form)).toMatchObject({ ok: true, request: { retentionDays: null } });
  });

  it("explains a broken regex, a line without a regex and a bad retention where they are", () => {
    const base = toOrgSettingsForm(settings);
    const broken = readOrgSettingsForm({ ...base, patterns: "bad ([a-z" });
    expect(broken).toEqual({
      ok: false,
      errors: { "redaction.patterns": 'Pattern "bad" is not a valid regular expression.' },
    });
    const lonely = readOrgSettingsForm({ ...base, patterns: "justaname" });
    expect(lonely.ok ? {} : lonely.errors).toHaveProperty(["redaction.patterns"]);
    for (const retentionDays of ["abc", "2.5"]) {
      const r = readOrgSettingsForm({ ...base, retentionDays });
      expect(r.ok ? {} : r.errors).toHaveProperty("retentionDays");
    }
    const short = readOrgSettingsForm({ ...base, retentionDays: "10" });
    expect(short.ok ? "" : short.errors["retentionDays"]).toMatch(/at least 30/);
  });
});
