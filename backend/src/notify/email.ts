import type { Firestore } from "firebase-admin/firestore";
import { byLanguage, mailboxLanguage, memberLanguages } from "./language";
import { emailMessage } from "./message";
import type { SlaNotice } from "./types";

/** Trigger Email's collection: the extension sends every document written here. */
export const MAIL_COLLECTION = "mail";

/** gRPC ALREADY_EXISTS, as the Admin SDK reports a create() of an existing document. */
const ALREADY_EXISTS = 6;

/**
 * The mail document's id: one per event and language, so a retried write sends nothing twice. English
 * keeps the id every mail had before issue 18; another language's mail is suffixed with it.
 */
export function mailDocId(notice: SlaNotice, language = "en"): string {
  const base = `${notice.org}.${notice.eventId}`;
  return language === "en" ? base : `${base}.${language}`;
}

/**
 * Queues the email through the Firebase "Trigger Email" convention: a document in `mail` with `to`
 * and `message: {subject, text, html}`, one per language the recipients read (their own setting,
 * else the mailbox's, else English). create(): a second attempt for the same event is a no-op.
 * Nothing to do without recipients.
 */
export async function queueEmail(db: Firestore, notice: SlaNotice): Promise<void> {
  if (notice.recipients.length === 0) return;
  const [own, mailbox] = await Promise.all([
    memberLanguages(db, notice.org, notice.recipients),
    mailboxLanguage(db, notice.org, notice.mailboxId),
  ]);
  for (const { translator, to } of byLanguage(notice.recipients, own, mailbox)) {
    try {
      await db
        .collection(MAIL_COLLECTION)
        .doc(mailDocId(notice, translator.language))
        .create({ to, message: emailMessage(notice, translator) });
    } catch (error) {
      if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    }
  }
}
