import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * How long a survey link answers: long enough for a customer back from a holiday, short enough
 * that an old forwarded mail cannot rate a conversation much later. Past it the page says the
 * survey has closed.
 */
export const CSAT_LINK_LIFETIME_MS = 30 * 24 * 3_600_000;

/** What a survey link names: the conversation and its cycle, when it stops answering, the language. */
export interface SurveyClaim {
  org: string;
  key: string;
  cycle: number;
  expiresAt: number;
  lang: "en" | "nl";
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

/** `payload.mac`, both base64url: the rating rides beside it in the link, the customer's choice. */
export function signSurvey(secret: string, claim: SurveyClaim): string {
  const payload = b64(JSON.stringify([claim.org, claim.key, claim.cycle, claim.expiresAt, claim.lang]));
  return `${payload}.${mac(secret, payload)}`;
}

export type Verified = { ok: true; claim: SurveyClaim } | { ok: false; reason: "forged" | "expired" };

/** Forged: the signature does not match (or the token is malformed). Expired: past expiresAt. */
export function verifySurvey(secret: string, token: string, nowMs: number): Verified {
  const [payload, given, extra] = token.split(".");
  if (payload === undefined || given === undefined || extra !== undefined || secret === "") {
    return { ok: false, reason: "forged" };
  }
  const want = Buffer.from(mac(secret, payload));
  const got = Buffer.from(given);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return { ok: false, reason: "forged" };
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "forged" };
  }
  if (!Array.isArray(parts) || parts.length !== 5) return { ok: false, reason: "forged" };
  const [org, key, cycle, expiresAt, lang] = parts as unknown[];
  if (typeof org !== "string" || typeof key !== "string" || typeof cycle !== "number") {
    return { ok: false, reason: "forged" };
  }
  if (typeof expiresAt !== "number" || (lang !== "en" && lang !== "nl"))
    return { ok: false, reason: "forged" };
  if (nowMs > expiresAt) return { ok: false, reason: "expired" };
  return { ok: true, claim: { org, key, cycle, expiresAt, lang } };
}

/** The deploy sets BATON_CSAT_SECRET; without it no link is made and every link is refused. */
export function csatSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.BATON_CSAT_SECRET?.trim() ?? "";
}
