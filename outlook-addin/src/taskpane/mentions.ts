/**
 * @mention autocomplete in the note composer. A mention is written as "@" + the member's address
 * ("@ana@demo.baton.test"), which is how the backend reads mentions from a note's body. What counts
 * as a mention (and so is highlighted or completed) is shared's one grammar (@baton/shared/view).
 */
import { mentionQuery } from "@baton/shared/view";
import type { Member } from "../api/client";

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
