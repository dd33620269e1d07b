import { MENTION_PARTIAL, MENTION_START, mentionTokens } from "../conversation/mentions";

/** Splits a note body into plain text and mention runs (exactly the mentions that notify), to highlight. */
export function splitMentions(body: string): { text: string; mention: boolean }[] {
  const parts: { text: string; mention: boolean }[] = [];
  let last = 0;
  for (const { at, token } of mentionTokens(body)) {
    if (at > last) parts.push({ text: body.slice(last, at), mention: false });
    parts.push({ text: `@${token}`, mention: true });
    last = at + 1 + token.length;
  }
  if (last < body.length) parts.push({ text: body.slice(last), mention: false });
  return parts;
}

/** The partial mention after an "@" that ends at the caret (for autocomplete), or null when not in one. */
export function mentionQuery(text: string, caret: number): string | null {
  const match = new RegExp(`${MENTION_START}(${MENTION_PARTIAL})$`, "u").exec(text.slice(0, caret));
  return match === null ? null : (match[1] ?? "");
}
