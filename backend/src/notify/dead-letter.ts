import type { Firestore } from "firebase-admin/firestore";
import type { DeliveryResult, SlaNotice } from "./types";

/**
 * A delivery that failed its last try: orgs/{org}/deadLetters/{eventId}.{channel}.{target}, with
 * what was to be said and why it failed, so an admin can see it and resend. Deterministic id: a
 * second failure of the same delivery updates the record instead of adding one. Never a URL or a
 * secret (members can read orgs/{org}); the target is named by its id.
 */
export async function recordDeadLetter(
  db: Firestore,
  notice: SlaNotice,
  result: DeliveryResult,
  nowMs: number,
): Promise<void> {
  const id = `${notice.eventId}.${result.channel}.${result.target}`;
  await db.collection("orgs").doc(notice.org).collection("deadLetters").doc(id).set({
    eventId: notice.eventId,
    conversationKey: notice.conversationKey,
    mailboxId: notice.mailboxId,
    kind: notice.kind,
    clock: notice.clock,
    cycle: notice.cycle,
    channel: result.channel,
    target: result.target,
    attempts: result.attempts,
    error: result.error,
    recipients: notice.recipients,
    at: nowMs,
  });
}
