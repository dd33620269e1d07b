/**
 * @mention autocomplete in the note composer. A mention is written as "@" + the member's address
 * ("@ana@demo.baton.test"), which is how the backend reads mentions from a note's body.
 */
import type { Member } from "../api/client";

/** The partial name after an "@" that ends at the caret, or null when the caret is not in a mention. */
export function mentionQuery(text: string, caret: number): string | null {
  const match = /(^|\s)@([\w.+@-]*)$/.exec(text.slice(0, caret));
  return match === null ? null : (match[2] ?? "");
}

export function matchMembers(members: Member[], query: string, limit = 5): Member[] {
  const needle = query.toLowerCase();
  return members
    .filter(
      (member) =>
        member.email.toLowerCase().startsWith(needle) || (member.name ?? "").toLowerCase().startsWith(needle),
    )
    .slice(0, limit);
}

/** Replaces the partial mention before the caret with the member's handle and a trailing space. */
export function completeMention(text: string, caret: number, email: string): { text: string; caret: number } {
  const query = mentionQuery(text, caret);
  if (query === null) return { text, caret };
  const at = caret - query.length - 1;
  const inserted = `@${email} `;
  const next = text.slice(0, at) + inserted + text.slice(caret);
  return { text: next, caret: at + inserted.length };
}

/** Splits a note body into plain text and mention runs, for highlighting. */
export function splitMentions(body: string): { text: string; mention: boolean }[] {
  const parts: { text: string; mention: boolean }[] = [];
  const pattern = /(^|\s)(@[\w.+-]+(?:@[\w.-]*\w)?)/g;
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    const start = match.index + (match[1]?.length ?? 0);
    if (start > last) parts.push({ text: body.slice(last, start), mention: false });
    parts.push({ text: match[2] ?? "", mention: true });
    last = start + (match[2]?.length ?? 0);
  }
  if (last < body.length) parts.push({ text: body.slice(last), mention: false });
  return parts;
}
