import { readChannelsForm, toChannelsForm } from "./channels-form";
import { roleChangeQuestion } from "./ConfirmRole";
import { readHoursMinutes, toHoursMinutes } from "./duration-fields";
import { notSavedSentence, placeErrors, problemCount } from "./field-errors";
import { pastHolidayWarning, todayIn } from "./holiday-warning";

describe("hours and minutes of business time", () => {
  it("reads 40 h as 2400 minutes and shows 2400 minutes as 40 h 0 min", () => {
    const errors: Record<string, string> = {};
    expect(readHoursMinutes({ hours: "40", minutes: "" }, "t", errors)).toBe(2400);
    expect(readHoursMinutes({ hours: "", minutes: "45" }, "t", errors)).toBe(45);
    expect(readHoursMinutes({ hours: " ", minutes: "" }, "t", errors)).toBeUndefined();
    expect(errors).toEqual({});
    expect(toHoursMinutes(2400)).toEqual({ hours: "40", minutes: "0" });
    expect(toHoursMinutes(undefined)).toEqual({ hours: "", minutes: "" });
  });

  it("refuses fractions, words and 60 minutes or more at the field", () => {
    for (const value of [
      { hours: "1.5", minutes: "" },
      { hours: "two", minutes: "" },
      { hours: "1", minutes: "60" },
    ]) {
      const errors: Record<string, string> = {};
      expect(readHoursMinutes(value, "policy.tiers.low.resolutionMinutes", errors)).toBeUndefined();
      expect(Object.keys(errors)).toEqual(["policy.tiers.low.resolutionMinutes"]);
    }
  });
});

describe("placing errors", () => {
  const fields = ["calendar.weekly.mon", "calendar.holidays", "policy.tiers.low.firstResponseMinutes"];

  it("marks each error at one field and counts what is marked", () => {
    const placed = placeErrors(
      {
        "calendar.weekly.mon[0][1]": "bad window",
        "calendar.weekly.mon": "also mon",
        "policy.tiers.low": "tier problem",
        somewhere: "no field for this",
      },
      fields,
    );
    expect(placed.marks).toEqual({
      "calendar.weekly.mon": "bad window",
      "policy.tiers.low.firstResponseMinutes": "tier problem",
    });
    expect(placed.unplaced).toEqual(["no field for this"]);
    // Two marks and one line in the summary: the summary says 3, and 3 are shown.
    expect(problemCount(placed)).toBe(3);
    expect(notSavedSentence(1)).toBe("Not saved: fix the field marked above.");
    expect(notSavedSentence(3)).toBe("Not saved: fix the 3 fields marked above.");
  });
});

describe("past holidays", () => {
  it("warns about a date already past and suggests the coming one", () => {
    expect(pastHolidayWarning(["2020-12-25", "2026-12-31"], "2026-11-23")).toBe(
      "2020-12-25 is in the past and will change no deadline. Did you mean 2026-12-25?",
    );
    expect(pastHolidayWarning(["2020-01-01"], "2026-11-23")).toMatch(/Did you mean 2027-01-01\?/);
    expect(pastHolidayWarning(["2026-12-25"], "2026-11-23")).toBeNull();
  });

  it("reads today in the mailbox's zone", () => {
    // 2026-11-23 23:30 UTC is already the 24th in Amsterdam (UTC+1).
    const at = Date.UTC(2026, 10, 23, 23, 30);
    expect(todayIn("UTC", at)).toBe("2026-11-23");
    expect(todayIn("Europe/Amsterdam", at)).toBe("2026-11-24");
  });
});

describe("channels form", () => {
  const view = {
    slack: { configured: true as const, host: "hooks.slack.com" },
    teams: null,
    webhooks: [{ id: "ops", host: "ops.example.com", hasSecret: true }],
  };

  it("keeps what is set when the inputs stay empty (URLs are write-only)", () => {
    expect(readChannelsForm(toChannelsForm(view))).toEqual({
      ok: true,
      request: { slack: {}, teams: null, webhooks: [{ id: "ops" }] },
    });
  });

  it("replaces, removes, and asks a new webhook for its URL and secret at the field", () => {
    const form = toChannelsForm(view);
    form.slack.remove = true;
    form.teams.url = "https://acme.webhook.office.com/webhookb2/x";
    form.webhooks.push({ id: "new", host: null, hasSecret: false, url: "", secret: "" });
    const result = readChannelsForm(form);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual([
      "webhooks.1.secret",
      "webhooks.1.url",
    ]);
    form.webhooks[1] = {
      id: "new",
      host: null,
      hasSecret: false,
      url: "https://new.example.com/h",
      secret: "0123456789abcdef",
    };
    expect(readChannelsForm(form)).toMatchObject({
      ok: true,
      request: { slack: null, teams: { url: "https://acme.webhook.office.com/webhookb2/x" } },
    });
  });

  it("refuses a Slack URL on another host where it was typed", () => {
    const form = toChannelsForm(view);
    form.slack.url = "https://evil.example.com/services/x";
    const result = readChannelsForm(form);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(["slack.url"]);
  });
});

describe("role change question", () => {
  it("says what the change means", () => {
    expect(roleChangeQuestion({ email: "ana@x.test", from: "agent", to: "admin" })).toMatch(
      /^Change ana@x.test from agent to admin\? Admins can change every setting/,
    );
  });
});
