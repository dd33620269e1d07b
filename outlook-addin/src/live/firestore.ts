/**
 * The session's Firestore, opened on first use. Imports the Firestore SDK statically: the pane reaches
 * this module only through live/subscribe.ts's dynamic import (its own chunk); the workbench, which
 * reads Firestore directly, bundles it as it likes.
 */
import { connectFirestoreEmulator, initializeFirestore, type Firestore } from "firebase/firestore";
import type { Session } from "../auth/session";

const opened = new WeakMap<Session, Firestore>();

export function firestoreOf(session: Session): Firestore {
  const known = opened.get(session);
  if (known !== undefined) return known;
  // Long polling: WebChannel streams through corporate proxies and the Office webviews are fragile.
  const db = initializeFirestore(session.app, { experimentalAutoDetectLongPolling: true });
  const emulators = session.config.emulators;
  if (emulators !== null) {
    const [host = "127.0.0.1", port = "8080"] = emulators.firestore.split(":");
    connectFirestoreEmulator(db, host, Number(port));
  }
  opened.set(session, db);
  return db;
}
