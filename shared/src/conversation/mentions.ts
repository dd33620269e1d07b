/**
 * Members mentioned in a note, lower-cased, in order of first mention, each once. `@ana` matches
 * every member whose local part is "ana" (in a one-domain team, exactly one); `@ana@demo.baton.test`
 * matches that member. Mentions of non-members are ignored — mentions exist to notify teammates. An
 * "@" inside a word (a plain email address like bob@example.com) is not a mention.
 */
export function extractMentions(body: string, memberEmails: readonly string[]): string[] {
  const members = memberEmails.map((m) => m.trim().toLowerCase());
  const found: string[] = [];
  for (const m of body.matchAll(
    /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu,
  )) {
    const token = (m[1] ?? "").toLowerCase().replace(/\.+$/, "");
    const matches = token.includes("@")
      ? members.filter((e) => e === token)
      : members.filter((e) => e.slice(0, e.lastIndexOf("@")) === token);
    for (const email of matches) if (!found.includes(email)) found.push(email);
  }
  return found;
}
