import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import type { Verifiers } from "../auth/authenticate";

/** What handlers use from the outside world; built once per process in index.ts. */
export interface ServerDeps {
  db: Firestore;
  auth: Auth;
  verifiers: Verifiers;
  log: (message: string, error: unknown) => void;
}
