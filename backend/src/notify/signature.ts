import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_LIMITS } from "@baton/shared/limits";

/** The header generic webhooks carry: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = "Baton-Signature";

/** Five minutes either way: long enough for clock skew and a slow proxy, short enough against replay. */
export const DEFAULT_TOLERANCE_MS = NOTIFICATION_LIMITS.webhookSignatureTolerance.value;

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/**
 * The signature header for `body` sent at `nowMs`. The timestamp is inside the signed text
 * (`${t}.${body}`), so a captured request cannot be replayed later with a fresh timestamp.
 */
export function signWebhook(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

export type VerifyResult = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * What a receiver runs on the raw body: the header parses, its timestamp is within `toleranceMs` of
 * the receiver's clock, and one of its v1 signatures matches (several are allowed while a secret is
 * being rotated). Comparison is constant-time.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string,
  nowMs: number,
  toleranceMs = DEFAULT_TOLERANCE_MS,
): VerifyResult {
  if (header === undefined || header === "") return { ok: false, reason: "missing signature" };
  const parts = header.split(",").map((part) => part.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  const signatures = parts.filter(([k, v]) => k === "v1" && v !== undefined).map(([, v]) => v as string);
  if (!Number.isInteger(t) || signatures.length === 0) return { ok: false, reason: "malformed signature" };
  if (Math.abs(nowMs - t * 1000) > toleranceMs) return { ok: false, reason: "timestamp outside tolerance" };
  const expected = Buffer.from(hmac(secret, t, body), "hex");
  const match = signatures.some((s) => {
    const given = Buffer.from(s, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true, timestamp: t } : { ok: false, reason: "signature mismatch" };
}
