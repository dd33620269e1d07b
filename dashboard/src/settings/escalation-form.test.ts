import type { EscalationSettingsResponse } from "@baton/shared";
import { moveStep, newStep, readEscalationForm, toEscalationForm } from "./escalation-form";

const settings: EscalationSettingsResponse = {
  mailbox: "support",
  policy: {
    rules: [
      { id: "breach", trigger: "breached", notify: ["assignee", "leads"], channels: ["email"] },
      {
        id: "still",
        trigger: "still_breached",
        afterMinutes: 90,
        when: "unassigned",
        clocks: ["first_response"],
        notify: ["on_call"],
        members: ["head@demo.test"],
        channels: ["slack", "email"],
        urgent: true,
      },
    ],
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
const MEMBERS = new Set(["ana@demo.test", "ben@demo.test", "lead@demo.test", "head@demo.test"]);

describe("escalation form", () => {
  it("round-trips the stored settings into the same request", () => {
    const result = readEscalationForm(toEscalationForm(settings, "UTC"), MEMBERS);
    expect(result).toEqual({ ok: true, request: { policy: settings.policy, rota: settings.rota } });
  });

  it("shows a step's delay as hours and minutes of business time (90 min = 1 h 30 min)", () => {
    expect(toEscalationForm(settings, "UTC").steps[1]?.after).toEqual({ hours: "1", minutes: "30" });
  });

  it("adds a step as a rule the API takes: 2 h past the breach, on-call by Slack", () => {
    const form = toEscalationForm(settings, "UTC");
    const step = { ...newStep(form.steps), after: { hours: "2", minutes: "" }, channels: ["slack" as const] };
    const result = readEscalationForm({ ...form, steps: [...form.steps, step] }, MEMBERS);
    expect(result.ok && result.request.policy.rules[2]).toEqual({
      id: "step-3",
      trigger: "still_breached",
      afterMinutes: 120,
      notify: ["on_call"],
      channels: ["slack"],
    });
  });

  it("moves steps up and down, and leaves the ends alone", () => {
    expect(moveStep(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveStep(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveStep(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("sends no rota when nobody is on it", () => {
    const form = { ...toEscalationForm(settings, "UTC"), rotaMembers: "" };
    expect(readEscalationForm(form)).toMatchObject({ ok: true, request: { rota: null } });
  });

  it("puts each problem at its step's field: no channel, no recipient, a bad override line", () => {
    const base = toEscalationForm(settings, "UTC");
    const steps = base.steps.map((s, i) => (i === 1 ? { ...s, channels: [] } : s));
    const noChannel = readEscalationForm({ ...base, steps });
    expect(noChannel.ok ? {} : noChannel.errors).toEqual({
      "policy.rules.1.channels": expect.any(String) as unknown,
    });
    const nobody = readEscalationForm({
      ...base,
      steps: base.steps.map((s, i) => (i === 0 ? { ...s, notify: [] } : s)),
    });
    expect(nobody.ok ? {} : Object.keys(nobody.errors)).toEqual(["policy.rules.0.notify"]);
    const override = readEscalationForm({ ...base, rotaOverrides: "2026-12-24" });
    expect(override.ok ? [] : Object.keys(override.errors)).toContain("rota.overrides");
  });

  it("refuses leads and rota members outside the org like the API, naming the address", () => {
    const base = toEscalationForm(settings, "UTC");
    const lead = readEscalationForm({ ...base, leads: "mallory@elsewhere.test" }, MEMBERS);
    expect(lead.ok ? {} : lead.errors).toEqual({
      "policy.leads":
        "mallory@elsewhere.test is not a member of this organisation; add them under Members first.",
    });
    const rota = readEscalationForm({ ...base, rotaMembers: "ana@demo.test, eve@elsewhere.test" }, MEMBERS);
    expect(rota.ok ? {} : Object.keys(rota.errors)).toEqual(["rota.members"]);
  });
});
