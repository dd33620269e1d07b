import { randomBytes } from "node:crypto";

/**
 * An org id: lower-case letters, digits and dashes, starting with a letter or digit (the shape of
 * every org id: a Firestore document id that reads well in a URL, a TXT record and the logs).
 */
export const ORG_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Characters of the name kept in the id: long enough to recognise, short enough to type. */
export const ORG_SLUG_MAX = 40;

/** "Ça Marche, Inc." -> "ca-marche-inc"; "org" when nothing of the name survives. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, ORG_SLUG_MAX)
    .replace(/-+$/, "");
  return slug === "" ? "org" : slug;
}

/**
 * The id of a new org: the slug of its name and a random suffix, so two deployments' orgs with the
 * same name (or a re-created one) never share an id.
 */
export function newOrgId(name: string, random: Uint8Array = randomBytes(3)): string {
  const id = `${slugOf(name)}-${Buffer.from(random).toString("hex")}`;
  if (!ORG_ID_PATTERN.test(id)) throw new Error(`not an org id: ${id}`);
  return id;
}
