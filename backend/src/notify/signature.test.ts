import { signWebhook, verifyWebhookSignature } from "./signature";

const SECRET = "whsec_test";
const BODY = '{"id":"e1"}';
const NOW = Date.UTC(2026, 2, 30, 10, 0, 0);

describe("webhook signatures", () => {
  it("verifies a signature made over the timestamp and the body", () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, header, BODY, NOW + 1000)).toEqual({
      ok: true,
      timestamp: NOW / 1000,
    });
  });

  it("refuses a changed body, another secret, or a missing header", () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, header, '{"id":"e2"}', NOW)).toMatchObject({ ok: false });
    expect(verifyWebhookSignature("other", header, BODY, NOW)).toMatchObject({
      reason: "signature mismatch",
    });
    expect(verifyWebhookSignature(SECRET, undefined, BODY, NOW)).toMatchObject({
      reason: "missing signature",
    });
    expect(verifyWebhookSignature(SECRET, "v1=abc", BODY, NOW)).toMatchObject({
      reason: "malformed signature",
    });
  });

  it("refuses a replay outside the tolerance window, and a timestamp swapped into a captured header", () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, header, BODY, NOW + 5 * 60_000)).toMatchObject({ ok: true });
    expect(verifyWebhookSignature(SECRET, header, BODY, NOW + 5 * 60_000 + 1000)).toMatchObject({
      reason: "timestamp outside tolerance",
    });
    const fresh = Math.floor((NOW + 3_600_000) / 1000);
    const forged = header.replace(/t=\d+/, `t=${fresh}`);
    expect(verifyWebhookSignature(SECRET, forged, BODY, NOW + 3_600_000)).toMatchObject({
      reason: "signature mismatch",
    });
  });

  it("accepts any of several v1 signatures (secret rotation)", () => {
    const header = signWebhook(SECRET, BODY, NOW);
    const old = signWebhook("old-secret", BODY, NOW).split(",")[1] ?? "";
    expect(verifyWebhookSignature(SECRET, `${header},${old}`, BODY, NOW)).toMatchObject({ ok: true });
    expect(verifyWebhookSignature("old-secret", `${header},${old}`, BODY, NOW)).toMatchObject({ ok: true });
  });
});
