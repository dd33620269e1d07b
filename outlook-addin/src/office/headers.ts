/**
 * Parses the raw header block that getAllInternetHeadersAsync returns (RFC 5322: CRLF line endings,
 * folded continuation lines start with whitespace). Only the threading headers matter to Baton, and
 * the two that mark automatic mail (RFC 3834 Auto-Submitted, Precedence): read from the same block,
 * so they cost no round trip more.
 */
export interface ThreadingHeaders {
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
  autoSubmitted: string | null;
  precedence: string | null;
}

export function parseThreadingHeaders(raw: string): ThreadingHeaders {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
  const fields = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence wins: a later duplicate is usually added by a relay, not the author.
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  const get = (name: string): string | null => {
    const value = fields.get(name);
    return value === undefined || value === "" ? null : value;
  };
  return {
    messageId: get("message-id"),
    inReplyTo: get("in-reply-to"),
    references: get("references"),
    autoSubmitted: get("auto-submitted"),
    precedence: get("precedence"),
  };
}
