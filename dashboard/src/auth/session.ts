/**
 * Sign-in, as in the task pane: the local stack signs in a demo member with the shared password
 * against the Auth emulator; production uses Google sign-in (a popup) with the Firebase project the
 * dashboard is hosted in. Session persistence so a lead's reload keeps them signed in.
 */
import { initializeApp } from "firebase/app";
import {
  browserLocalPersistence,
  connectAuthEmulator,
  GoogleAuthProvider,
  initializeAuth,
  onIdTokenChanged,
  signInWithCredential,
  signInWithEmailAndPassword,
  signInWithPopup,
  signOut,
  type Auth,
  type User,
} from "firebase/auth";
import { connectFirestoreEmulator, getFirestore, type Firestore } from "firebase/firestore/lite";
import type { DashboardConfig } from "../config";

export interface Session {
  auth: Auth;
  /** Read-only use (settings documents) under the security rules: members read their org. */
  db: Firestore;
  config: DashboardConfig;
}

export function openSession(config: DashboardConfig): Session {
  const app = initializeApp(config.firebase, "baton-dashboard");
  const auth = initializeAuth(app, { persistence: browserLocalPersistence });
  const db = getFirestore(app);
  if (config.emulators !== null) {
    connectAuthEmulator(auth, config.emulators.auth, { disableWarnings: true });
    const [host = "127.0.0.1", port = "8080"] = config.emulators.firestore.split(":");
    connectFirestoreEmulator(db, host, Number(port));
  }
  return { auth, db, config };
}

export async function signInAsDemoMember(session: Session, email: string): Promise<User> {
  const password = session.config.demoPassword ?? "";
  return (await signInWithEmailAndPassword(session.auth, email, password)).user;
}

/**
 * Local stack only: sign in as any address through the Auth emulator's Google provider. The emulator
 * accepts an unsigned credential (the JSON of the claims), so a fresh stack's first admin needs no
 * account made beforehand, and the token is what production's Google sign-in gives: provider
 * google.com, verified email, which the backend's Firebase verifier accepts.
 */
export async function signInWithEmulatorAddress(session: Session, email: string): Promise<User> {
  if (session.config.emulators === null) throw new Error("auth/operation-not-allowed");
  const address = email.trim().toLowerCase();
  const claims = { sub: `local-${address}`, email: address, email_verified: true };
  return (await signInWithCredential(session.auth, GoogleAuthProvider.credential(JSON.stringify(claims))))
    .user;
}

export async function signInWithGoogle(session: Session): Promise<User> {
  return (await signInWithPopup(session.auth, new GoogleAuthProvider())).user;
}

export function signOutOfBaton(session: Session): Promise<void> {
  return signOut(session.auth);
}

export function watchUser(session: Session, listener: (user: User | null) => void): () => void {
  return onIdTokenChanged(session.auth, listener);
}

export async function idToken(session: Session): Promise<string | null> {
  const user = session.auth.currentUser;
  return user === null ? null : user.getIdToken();
}
