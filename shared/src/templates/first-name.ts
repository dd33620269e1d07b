/**
 * A display name fit for addressing someone, or null when the sender gave none worth using: an
 * address ("ana@x.test") or an empty name is not a name, and "Hi ana@x.test," reads worse than the
 * agent typing it.
 */
export function cleanName(name: string | null | undefined): string | null {
  const trimmed = (name ?? "")
    .replace(/^["']+|["']+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (trimmed === "" || trimmed.includes("@")) return null;
  return trimmed;
}

/**
 * The first name out of a display name: "Ana Lima" -> "Ana"; "Lima, Ana" (the directory order many
 * Exchange tenants show) -> "Ana". Null when there is no name (cleanName).
 */
export function firstNameOf(name: string | null | undefined): string | null {
  const clean = cleanName(name);
  if (clean === null) return null;
  const comma = clean.indexOf(",");
  const given = comma > 0 ? clean.slice(comma + 1).trim() : clean;
  const first = given.split(" ")[0] ?? "";
  return first === "" ? null : first;
}
