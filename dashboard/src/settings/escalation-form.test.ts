import type { EscalationSettingsResponse } from "@baton/shared";
import { readEscalationForm, toEscalationForm } from "./escalation-form";

const settings: EscalationSettingsResponse = {
  mailbox: "support",
  policy: {
    rules: [{ id: "breach", trigger: "breached", notify: ["assignee", "leads"], channels: ["email"] }],
    leads: ["lead@demo.test"],
  },
  rota: {
    timeZone: "Europe/Amsterdam",
    members: ["ana@demo.test", "ben@demo.test"],
    anchorDate: "2026-10-05",
    handover: "09:00",
    overrides: [{ date: "2026-12-24", member: "ben@demo.test" }],
  },
  channels: { slack: null, teams: null, webhooks: [] },
  holidays: null,
  calendarHolidays: [],
};

describe("escalation form", () => {
  it("round-trips the stored settings into the same request", () => {
    const result = readEscalationForm(toEscalationForm(settings, "UTC"));
    expect(result).toEqual({ ok: true, request: { policy: settings.policy, rota: settings.rota } });
  });

  it("sends no rota when nobody is on it", () => {
    const form = { ...toEscalationForm(settings, "UTC"), rotaMembers: "" };
    expect(readEscalationForm(form)).toMatchObject({ ok: true, request: { rota: null } });
  });

  it("explains broken JSON, an unknown trigger and a bad override line where they are", () => {
    const base = toEscalationForm(settings, "UTC");
    const broken = readEscalationForm({ ...base, policyJson: "{rules: [" });
    expect(broken.ok ? "" : broken.errors.policy).toMatch(/not valid JSON/);
    const wrong = readEscalationForm({
      ...base,
      policyJson: base.policyJson.replace('"breached"', '"exploded"'),
    });
    expect(wrong.ok ? [] : Object.keys(wrong.errors)).toEqual(["policy.rules[0].trigger"]);
    const override = readEscalationForm({ ...base, rotaOverrides: "2026-12-24" });
    expect(override.ok ? [] : Object.keys(override.errors)).toContain("rota.overrides");
  });
});
