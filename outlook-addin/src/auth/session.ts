/**
 * Firebase sign-in for the task pane. Production: Office SSO token -> POST /auth/exchange ->
 * signInWithCustomToken (or the dialog fallback, which returns a custom token). Local stack: email and
 * password against the Auth emulator ("Sign in as" a demo member). In-memory persistence: every pane
 * (and every workbench window) is its own session, so two agents can race side by side.
 *
 * Auth only: the Firestore SDK (half the pane's bytes) is not imported here. The first view comes from
 * POST /conversations/observe; the live listener loads Firestore as its own chunk (live/subscribe.ts).
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
import type { BatonConfig } from "../config";

export interface Session {
  app: FirebaseApp;
  auth: Auth;
  config: BatonConfig;
}

let current: Session | null = null;

export function openSession(config: BatonConfig): Session {
  if (current !== null) return current;
  // A unique app name per page keeps each iframe's session separate even when they share a process.
  const app = initializeApp(config.firebase, `baton-${Math.random().toString(36).slice(2)}`);
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  if (config.emulators !== null) connectAuthEmulator(auth, config.emulators.auth, { disableWarnings: true });
  current = { app, auth, config };
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
