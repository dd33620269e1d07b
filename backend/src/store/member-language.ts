import { isLanguage, type Language } from "@baton/shared/i18n";
import type { DocumentData, DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

/*
 * A member's language (issue 18) lives on their member document, orgs/{org}/members/{email}, as
 * `language`: "en" | "nl", absent (or null) to follow the host. Every client reads it from GET /me and
 * the notifications Baton sends the member are written in it.
 */

/** The member document's language, read leniently: anything but a known language follows the host. */
export function memberLanguageOf(data: DocumentData | undefined): Language | null {
  const value: unknown = data?.language;
  return isLanguage(value) ? value : null;
}

/** The stored language of a member document, for a rewrite of it (PUT /members/{email}) to keep. */
export function languageFieldOf(snapshot: DocumentSnapshot): Record<string, unknown> {
  const language = memberLanguageOf(snapshot.data());
  return language === null ? {} : { language };
}

export type SetLanguageOutcome = { ok: true; language: Language | null } | { ok: false; reason: "not_found" };

/** Sets (or, with null, clears) a member's language; a member removed meanwhile is not_found. */
export async function setMemberLanguage(
  db: Firestore,
  org: string,
  email: string,
  language: Language | null,
): Promise<SetLanguageOutcome> {
  const ref = paths.member(db, org, email);
  return db.runTransaction(async (tx) => {
    const doc = await tx.get(ref);
    if (!doc.exists) return { ok: false, reason: "not_found" };
    // null is stored as null (not deleted): both read as "follow the host".
    tx.update(ref, { language });
    return { ok: true, language };
  });
}

export async function readMemberLanguage(
  db: Firestore,
  org: string,
  email: string,
): Promise<Language | null> {
  return memberLanguageOf((await paths.member(db, org, email).get()).data());
}
