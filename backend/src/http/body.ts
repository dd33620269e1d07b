import { MAX_BODY_BYTES } from "@baton/shared";
import { fail } from "./errors";
import type { ApiRequest } from "./types";

/**
 * The request body as a JSON value, or undefined when there is none. The raw bytes are the source of
 * truth: platforms pre-parse bodies differently (JSON, text, form, raw), and parsing them ourselves
 * gives every client the same answer for the same bytes. Size is checked before parsing.
 */
export function readJsonBody(req: ApiRequest): unknown {
  const raw = rawBytes(req);
  if (raw.length > MAX_BODY_BYTES) {
    fail("payload_too_large", "errors.bodyTooLarge", { kilobytes: Math.floor(MAX_BODY_BYTES / 1024) });
  }
  const text = raw.toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail("invalid_request", "errors.bodyNotJson");
  }
}

function rawBytes(req: ApiRequest): Buffer {
  if (req.rawBody !== undefined) return req.rawBody;
  // Without the raw bytes (unit tests, or a platform that dropped them), fall back to what was parsed.
  if (Buffer.isBuffer(req.body)) return req.body;
  if (typeof req.body === "string") return Buffer.from(req.body, "utf8");
  if (req.body === undefined || req.body === null) return Buffer.alloc(0);
  if (typeof req.body === "object" && Object.keys(req.body).length === 0) return Buffer.alloc(0);
  return Buffer.from(JSON.stringify(req.body), "utf8");
}
