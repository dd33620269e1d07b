/**
 * The one grammar of an @mention, used to notify (extractMentions) and to highlight and complete
 * mentions in a client (shared/src/view/mentions.ts). A mention is "@" + a local part, optionally
 * "@domain" ("@ana", "@ana@demo.baton.test"); an "@" inside a word (a plain email address like
 * bob@example.com) is not a mention; trailing dots are punctuation ("Thanks @ana.").
 */
// No lookbehind: a regex literal with one is a syntax error in older WebKit (Outlook on Mac), which
// would stop the whole task pane from loading. The character before "@" is captured instead.
const NOT_BEFORE = String.raw`[^\p{L}\p{N}_.+-]`;
const TOKEN = String.raw`[\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?`;
/** The characters a mention may contain while it is being typed (for autocomplete). */
export const MENTION_PARTIAL = String.raw`[\p{L}\p{N}._%+@-]*`;
export const MENTION_START = String.raw`(?:^|${NOT_BEFORE})@`;

/** Each mention in `body`: where its "@" is and its token (without the "@" or trailing dots). */
export function mentionTokens(body: string): { at: number; token: string }[] {
  const tokens: { at: number; token: string }[] = [];
  for (const m of body.matchAll(new RegExp(`(^|${NOT_BEFORE})@(${TOKEN})`, "gu"))) {
    const token = (m[2] ?? "").replace(/\.+$/, "");
    if (token !== "") tokens.push({ at: m.index + (m[1]?.length ?? 0), token });
  }
  return tokens;
}

/**
 * Members mentioned in a note, lower-cased, in order of first mention, each once. `@ana` matches
 * every member whose local part is "ana" (in a one-domain team, exactly one); `@ana@demo.baton.test`
 * matches that member. Mentions of non-members are ignored — mentions exist to notify teammates.
 */
export function extractMentions(body: string, memberEmails: readonly string[]): string[] {
  const members = memberEmails.map((m) => m.trim().toLowerCase());
  const found: string[] = [];
  for (const { token: raw } of mentionTokens(body)) {
    const token = raw.toLowerCase();
    const matches = token.includes("@")
      ? members.filter((e) => e === token)
      : members.filter((e) => e.slice(0, e.lastIndexOf("@")) === token);
    for (const email of matches) if (!found.includes(email)) found.push(email);
  }
  return found;
}
