import type { Firestore } from "firebase-admin/firestore";
import { emailMessage } from "./message";
import type { SlaNotice } from "./types";

/** Trigger Email's collection: the extension sends every document written here. */
export const MAIL_COLLECTION = "mail";

/** gRPC ALREADY_EXISTS, as the Admin SDK reports a create() of an existing document. */
const ALREADY_EXISTS = 6;

/** The mail document's id: one per event and recipient list, so a retried write sends nothing twice. */
export function mailDocId(notice: SlaNotice): string {
  return `${notice.org}.${notice.eventId}`;
}

/**
 * Queues the email through the Firebase "Trigger Email" convention: a document in `mail` with `to`
 * and `message: {subject, text, html}`. create(): a second attempt for the same event is a no-op.
 * Nothing to do without recipients.
 */
export async function queueEmail(db: Firestore, notice: SlaNotice): Promise<void> {
  if (notice.recipients.length === 0) return;
  try {
    await db
      .collection(MAIL_COLLECTION)
      .doc(mailDocId(notice))
      .create({ to: notice.recipients, message: emailMessage(notice) });
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
  }
}
