/**
 * Firebase sign-in for the task pane. Production: Office SSO token -> POST /auth/exchange ->
 * signInWithCustomToken (or the dialog fallback, which returns a custom token). Local stack: email and
 * password against the Auth emulator ("Sign in as" a demo member). In-memory persistence: every pane
 * (and every workbench window) is its own session, so two agents can race side by side.
 */
import { initializeApp, type FirebaseApp } from "firebase/app";
import {
  connectAuthEmulator,
  inMemoryPersistence,
  initializeAuth,
  onIdTokenChanged,
  signInWithCustomToken,
  signInWithEmailAndPassword,
  signOut,
  type Auth,
  type User,
} from "firebase/auth";
import { connectFirestoreEmulator, initializeFirestore, type Firestore } from "firebase/firestore";
import type { BatonConfig } from "../config";

export interface Session {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  config: BatonConfig;
}

let current: Session | null = null;

export function openSession(config: BatonConfig): Session {
  if (current !== null) return current;
  // A unique app name per page keeps each iframe's session separate even when they share a process.
  const app = initializeApp(config.firebase, `baton-${Math.random().toString(36).slice(2)}`);
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  // Long polling: WebChannel streams through corporate proxies and the Office webviews are fragile.
  const db = initializeFirestore(app, { experimentalAutoDetectLongPolling: true });
  if (config.emulators !== null) {
    connectAuthEmulator(auth, config.emulators.auth, { disableWarnings: true });
    const [host = "127.0.0.1", port = "8080"] = config.emulators.firestore.split(":");
    connectFirestoreEmulator(db, host, Number(port));
  }
  current = { app, auth, db, config };
  return current;
}

export async function signInAsDemoMember(session: Session, email: string, password: string): Promise<User> {
  const credential = await signInWithEmailAndPassword(session.auth, email, password);
  return credential.user;
}

export async function signInWithBackendToken(session: Session, customToken: string): Promise<User> {
  const credential = await signInWithCustomToken(session.auth, customToken);
  return credential.user;
}

export function signOutOfBaton(session: Session): Promise<void> {
  return signOut(session.auth);
}

export async function idToken(session: Session): Promise<string | null> {
  const user = session.auth.currentUser;
  return user === null ? null : user.getIdToken();
}

export function watchUser(session: Session, listener: (user: User | null) => void): () => void {
  return onIdTokenChanged(session.auth, listener);
}
