import type { Firestore } from "firebase-admin/firestore";
import { paths } from "../store/paths";
import type { DeadLetter, DeadLetterStore } from "./dead-letters";

/** orgs/{org}/connectorDeadLetters: backend only (firestore.rules), read by admins through the API. */
export function deadLettersRef(db: Firestore, org: string) {
  return paths.org(db, org).collection("connectorDeadLetters");
}

export function createFirestoreDeadLetterStore(db: Firestore): DeadLetterStore {
  return {
    async add(letters) {
      // create() fails on an existing document, so a page read again never resets a letter's
      // tries; each letter on its own, so one existing letter does not stop the others.
      await Promise.all(
        letters.map(async (letter) => {
          try {
            await deadLettersRef(db, letter.org).doc(letter.id).create(letter);
          } catch (error) {
            if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
          }
        }),
      );
    },
    async due(org, mailboxId, nowMs, limit) {
      // mailboxId == and retryAt <= with orderBy retryAt: the composite index in firestore.indexes.json.
      const snapshot = await deadLettersRef(db, org)
        .where("mailboxId", "==", mailboxId)
        .where("retryAt", "<=", nowMs)
        .orderBy("retryAt")
        .limit(limit)
        .get();
      return snapshot.docs.map((doc) => doc.data() as DeadLetter);
    },
    async get(org, id) {
      const data = (await deadLettersRef(db, org).doc(id).get()).data();
      return data === undefined ? null : (data as DeadLetter);
    },
    async put(letter) {
      await deadLettersRef(db, letter.org).doc(letter.id).set(letter);
    },
    async remove(org, id) {
      await deadLettersRef(db, org).doc(id).delete();
    },
    async list(org, limit) {
      const snapshot = await deadLettersRef(db, org).orderBy("lastFailedAt", "desc").limit(limit).get();
      return snapshot.docs.map((doc) => doc.data() as DeadLetter);
    },
  };
}

/** gRPC ALREADY_EXISTS, what create() answers for a document that is there. */
const ALREADY_EXISTS = 6;
