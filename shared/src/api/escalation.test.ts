import { parseRequest } from "./parse-request";
import { putChannelsRequestSchema, putEscalationRequestSchema, putHolidaysRequestSchema } from "./escalation";
import { DEFAULT_ESCALATION_POLICY } from "../escalation";

describe("escalation settings schemas", () => {
  it("accepts the default policy with no rota, filling the rota in as null", () => {
    const parsed = parseRequest(putEscalationRequestSchema, { policy: DEFAULT_ESCALATION_POLICY });
    expect(parsed).toMatchObject({ ok: true, value: { rota: null } });
  });

  it("refuses unknown triggers and fields with a sentence naming the field", () => {
    const bad = parseRequest(putEscalationRequestSchema, {
      policy: { leads: [], rules: [{ id: "x", trigger: "later", notify: [], channels: [] }] },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/trigger/);
    const extra = parseRequest(putEscalationRequestSchema, { policy: DEFAULT_ESCALATION_POLICY, pager: "x" });
    expect(extra.ok).toBe(false);
  });

  it("lower-cases rota members and defaults overrides", () => {
    const parsed = parseRequest(putEscalationRequestSchema, {
      policy: DEFAULT_ESCALATION_POLICY,
      rota: { timeZone: "UTC", members: ["Ana@X.test"], anchorDate: "2026-01-05", handover: "09:00" },
    });
    expect(parsed).toMatchObject({ ok: true, value: { rota: { members: ["ana@x.test"], overrides: [] } } });
  });

  it("wants http(s) webhook URLs and secrets of at least 16 characters", () => {
    expect(parseRequest(putChannelsRequestSchema, { slack: { url: "ftp://x.test/" } }).ok).toBe(false);
    expect(
      parseRequest(putChannelsRequestSchema, {
        webhooks: [{ id: "ops", url: "https://x.test/", secret: "short" }],
      }).ok,
    ).toBe(false);
    expect(parseRequest(putChannelsRequestSchema, {})).toMatchObject({
      ok: true,
      value: { slack: null, teams: null, webhooks: [] },
    });
  });

  it("refuses private, loopback and metadata targets, and Slack or Teams elsewhere, with a sentence", () => {
    const refused = (body: unknown) => {
      const parsed = parseRequest(putChannelsRequestSchema, body);
      return parsed.ok ? null : parsed.error.message;
    };
    const hook = (url: string) => ({ webhooks: [{ id: "ops", url, secret: "0123456789abcdef" }] });
    expect(refused(hook("http://169.254.169.254/computeMetadata/v1/"))).toMatch(
      /^webhooks\[0\]\.url: A webhook URL must start with https:\/\//,
    );
    expect(refused(hook("https://10.0.0.1/"))).toMatch(/10\.0\.0\.1, a private address/);
    expect(refused(hook("https://localhost/"))).toMatch(/not a public internet host name/);
    expect(refused({ slack: { url: "https://hooks.example.com/services/T/B/X" } })).toMatch(
      /^slack\.url: The Slack URL must be a Slack incoming webhook on https:\/\/hooks\.slack\.com\//,
    );
    expect(refused({ teams: { url: "https://teams.example.com/hook" } })).toMatch(
      /^teams\.url: The Teams URL/,
    );
    expect(
      refused({
        slack: { url: "https://hooks.slack.com/services/T/B/X" },
        ...hook("https://ops.example.com/h"),
      }),
    ).toBeNull();
  });

  it("upper-cases country and region codes and requires the recompute answer", () => {
    expect(
      parseRequest(putHolidaysRequestSchema, { country: "de", region: "by", recompute: false }),
    ).toMatchObject({
      ok: true,
      value: { country: "DE", region: "BY" },
    });
    expect(parseRequest(putHolidaysRequestSchema, { country: "NL" }).ok).toBe(false);
    expect(parseRequest(putHolidaysRequestSchema, { country: "Netherlands", recompute: true }).ok).toBe(
      false,
    );
  });
});
