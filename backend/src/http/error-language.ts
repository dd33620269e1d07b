import { sayError } from "@baton/shared";
import { translatorFor } from "@baton/shared/i18n/all";
import type { ApiReply } from "./types";

/** At most this many Accept-Language entries are read: a header is a preference list, not a payload. */
export const MAX_ACCEPTED_LANGUAGES = 20;

/** Accept-Language's tags, most preferred first (q=0 and "*" dropped). */
export function acceptedLanguages(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(",") : (header ?? "");
  return text
    .split(",")
    .slice(0, MAX_ACCEPTED_LANGUAGES)
    .map((entry, index) => {
      const [tag = "", ...rest] = entry.trim().split(";");
      const q = /^\s*q=([\d.]+)\s*$/.exec(rest.find((part) => /^\s*q=/.test(part)) ?? "q=1")?.[1];
      return { tag: tag.trim(), q: Number(q ?? 1), index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * An error reply whose `message` is said in the request's Accept-Language (Dutch or English) from
 * its key and params, for clients that show `message` as it comes; clients that read the key say
 * it in their own reader's language anyway. Replies without a key, and English ones, pass unchanged.
 */
export function errorInLanguage(reply: ApiReply, header: string | string[] | undefined): ApiReply {
  const error = (reply.body as { error?: { key?: unknown; params?: Record<string, string | number> } } | null)
    ?.error;
  if (typeof error?.key !== "string" || header === undefined) return reply;
  const t = translatorFor(acceptedLanguages(header));
  if (t.language === "en") return reply;
  const message = sayError(t, error.key, error.params);
  if (message === null) return reply;
  return { ...reply, body: { error: { ...error, message } } };
}
