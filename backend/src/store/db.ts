import { getApps, initializeApp } from "firebase-admin/app";
import { getAuth, type Auth } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";

let db: Firestore | undefined;

/**
 * The process' Firestore client. Created on first use so importing a module costs nothing (the
 * functions runtime loads index.js to discover triggers). Undefined fields are dropped rather than
 * refused: domain objects use optional properties and Firestore has no undefined.
 */
export function firestore(): Firestore {
  if (db === undefined) {
    if (getApps().length === 0) initializeApp();
    db = getFirestore();
    db.settings({ ignoreUndefinedProperties: true });
  }
  return db;
}

export function auth(): Auth {
  firestore();
  return getAuth();
}
