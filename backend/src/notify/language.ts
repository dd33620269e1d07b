import { translatorFor } from "@baton/shared/i18n/all";
import { isLanguage, type Language, type Translator } from "@baton/shared/i18n";
import type { Firestore } from "firebase-admin/firestore";
import { memberLanguageOf } from "../store/member-language";
import { paths } from "../store/paths";

/*
 * Which language a notification is written in (issue 18). A person's mail: their own member setting,
 * else their mailbox's, else English. A team channel (Slack, Teams): the mailbox's, else English. The
 * mailbox's language is the one it already keeps for its customers (`csat.language`, set in the
 * mailbox editor): the language the team works in.
 */

/** The English translator: what every notification was before issue 18, and the last fallback. */
export const ENGLISH: Translator = translatorFor(["en"]);

/** The translator for the first language of `preferences` Baton has (null/unknown entries skipped). */
export function speak(...preferences: readonly (Language | null | undefined)[]): Translator {
  return translatorFor(preferences);
}

/** The mailbox's language, read leniently from its stored survey setting: null when it has none. */
export async function mailboxLanguage(
  db: Firestore,
  org: string,
  mailboxId: string,
): Promise<Language | null> {
  const stored: unknown = (await paths.mailbox(db, org, mailboxId).get()).get("csat.language");
  return isLanguage(stored) ? stored : null;
}

/** Each address's own language (null: not a member, or no choice), read in one round trip. */
export async function memberLanguages(
  db: Firestore,
  org: string,
  emails: readonly string[],
): Promise<Map<string, Language | null>> {
  const out = new Map<string, Language | null>();
  if (emails.length === 0) return out;
  const docs = await db.getAll(...emails.map((email) => paths.member(db, org, email.toLowerCase())));
  emails.forEach((email, i) => out.set(email, memberLanguageOf(docs[i]?.data())));
  return out;
}

/**
 * The recipients of one notice grouped by the language they read it in, English first, each group in
 * the recipients' order: one email per language, so nobody gets another's language.
 */
export function byLanguage(
  recipients: readonly string[],
  own: ReadonlyMap<string, Language | null>,
  mailbox: Language | null,
): { translator: Translator; to: string[] }[] {
  const groups = new Map<Language, string[]>();
  for (const email of recipients) {
    const language = speak(own.get(email), mailbox).language;
    groups.set(language, [...(groups.get(language) ?? []), email]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === b ? 0 : a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)))
    .map(([language, to]) => ({ translator: speak(language), to }));
}
