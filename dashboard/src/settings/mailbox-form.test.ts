import { DEFAULT_SLA_POLICY } from "@baton/shared";
import {
  defaultTargetsSentence,
  errorFor,
  mailboxIdOf,
  newMailboxForm,
  readMailboxForm,
  toMailboxForm,
  type MailboxForm,
} from "./mailbox-form";

const stored = {
  address: "support@demo.test",
  name: "Support",
  policy: DEFAULT_SLA_POLICY,
  calendar: {
    timeZone: "Europe/Amsterdam",
    weekly: {
      mon: [["09:00", "17:00"]] as Array<[string, string]>,
      tue: [
        ["09:00", "12:00"],
        ["13:00", "17:00"],
      ] as Array<[string, string]>,
    },
    holidays: ["2026-12-25"],
  },
  routing: { agents: ["ana@demo.test"], onCall: "lead@demo.test" },
  csat: { enabled: true, language: "nl" as const },
};

function edit(change: (form: MailboxForm) => void): MailboxForm {
  const form = toMailboxForm(stored);
  change(form);
  return form;
}

describe("mailbox form", () => {
  it("round-trips a stored mailbox into the same request", () => {
    const result = readMailboxForm(toMailboxForm(stored));
    expect(result).toEqual({ ok: true, request: { ...stored, calendar: { ...stored.calendar } } });
  });

  it("a mailbox stored before the survey setting existed saves it off, in English", () => {
    const { csat: _csat, ...older } = stored;
    const result = readMailboxForm(toMailboxForm(older));
    expect(result.ok && result.request.csat).toEqual({ enabled: false, language: "en" });
  });

  it("shows split hours as one line per day", () => {
    expect(toMailboxForm(stored).weekly.tue).toBe("09:00-12:00, 13:00-17:00");
    expect(toMailboxForm(stored).weekly.sun).toBe("");
  });

  it("reads windows stored as {from, to} maps (Firestore has no arrays in arrays)", () => {
    const calendar = { ...stored.calendar, weekly: { mon: [{ from: "08:00", to: "12:00" }] } };
    const form = toMailboxForm({ ...stored, calendar: calendar as unknown as typeof stored.calendar });
    expect(form.weekly.mon).toBe("08:00-12:00");
  });

  it("puts each problem next to its field", () => {
    const result = readMailboxForm(
      edit((f) => {
        f.tiers.low.firstResponseMinutes = { hours: "ten", minutes: "" };
        f.weekly.wed = "9 to 5";
        f.warningPercent = "150";
        f.onCall = "not-an-email";
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(errorFor(result.errors, "policy.tiers.low.firstResponseMinutes")).toMatch(
      /whole hours and minutes/,
    );
    expect(errorFor(result.errors, "calendar.weekly.wed")).toMatch(/09:00-17:00/);
    expect(errorFor(result.errors, "policy.warningThreshold")).toMatch(/percentage/);
    expect(errorFor(result.errors, "routing.onCall")).toBeDefined();
  });

  it("refuses what the server's calendar check refuses: an unknown zone, overlapping hours", () => {
    const zone = readMailboxForm(edit((f) => (f.timeZone = "Mars/Olympus")));
    expect(zone.ok ? null : errorFor(zone.errors, "calendar.timeZone")).toMatch(/Mars\/Olympus/);
    const overlap = readMailboxForm(edit((f) => (f.weekly.mon = "09:00-13:00, 12:00-17:00")));
    expect(overlap.ok).toBe(false);
  });

  it("treats an empty target as no target for that tier", () => {
    const result = readMailboxForm(edit((f) => (f.tiers.low.resolutionMinutes = { hours: "", minutes: "" })));
    expect(result.ok && result.request.policy.tiers.low).toEqual({
      firstResponseMinutes: 480,
      nextResponseMinutes: 480,
    });
  });

  it("shows a 40-hour target as 40 h 0 min and sends 2400 minutes of business time", () => {
    const form = edit((f) => (f.tiers.normal.resolutionMinutes = { hours: "40", minutes: "" }));
    const result = readMailboxForm(form);
    expect(result.ok && result.request.policy.tiers.normal.resolutionMinutes).toBe(2400);
    const back = toMailboxForm({
      ...stored,
      policy: {
        ...DEFAULT_SLA_POLICY,
        tiers: { ...DEFAULT_SLA_POLICY.tiers, normal: { resolutionMinutes: 2400 } },
      },
    });
    expect(back.tiers.normal.resolutionMinutes).toEqual({ hours: "40", minutes: "0" });
    const odd = readMailboxForm(
      edit((f) => (f.tiers.low.firstResponseMinutes = { hours: "1", minutes: "75" })),
    );
    expect(odd.ok ? null : odd.errors["policy.tiers.low.firstResponseMinutes"]).toMatch(/0 to 59/);
  });

  it("marks reversed hours on their weekday, not under the holidays", () => {
    const result = readMailboxForm(edit((f) => (f.weekly.thu = "17:00-09:00")));
    expect(result.ok ? {} : result.errors).toEqual({
      "calendar.weekly.thu": expect.stringMatching(/must end after it starts/) as unknown,
    });
  });

  it("refuses an on-call or agent outside the org, naming the address, when it knows the members", () => {
    const members = new Set(["ana@demo.test", "lead@demo.test"]);
    expect(readMailboxForm(toMailboxForm(stored), members).ok).toBe(true);
    const outsider = readMailboxForm(
      edit((f) => (f.onCall = "mallory@elsewhere.test")),
      members,
    );
    expect(outsider.ok ? {} : outsider.errors).toEqual({
      "routing.onCall":
        "mallory@elsewhere.test is not a member of this organisation; add them under Members first.",
    });
    const agent = readMailboxForm(
      edit((f) => (f.agents = "ana@demo.test, eve@elsewhere.test")),
      members,
    );
    expect(agent.ok ? {} : Object.keys(agent.errors)).toEqual(["routing.agents"]);
  });
});

describe("a new mailbox", () => {
  it("starts with the default targets in the given zone, and reads back once named", () => {
    const form = newMailboxForm("Europe/Amsterdam");
    expect(form.address).toBe("");
    expect(form.timeZone).toBe("Europe/Amsterdam");
    expect(form.tiers.urgent.firstResponseMinutes).toEqual({ hours: "0", minutes: "30" });
    expect(readMailboxForm(form).ok).toBe(false);
    const named = readMailboxForm({ ...form, address: "Support@Acme.test", name: "Support" });
    expect(named.ok && named.request.policy.tiers.normal.firstResponseMinutes).toBe(240);
    expect(named.ok && named.request.calendar.timeZone).toBe("Europe/Amsterdam");
  });

  it("is stored under its address in lower case", () => {
    expect(mailboxIdOf(" Support@Acme.test ")).toBe("support@acme.test");
  });

  it("says the defaults it starts with", () => {
    expect(defaultTargetsSentence()).toBe(
      "Filled in with Baton's defaults, in business hours: first response urgent 30 min, high 1 h, normal 4 h, low 8 h; resolution urgent 4 h, high 8 h, normal 24 h, low 40 h. Change any of them.",
    );
  });
});
