import type { Firestore } from "firebase-admin/firestore";

/** The first sidebars that called the API, per org (docs/data-model.md). */
export const CLIENTS = ["outlook", "gmail"] as const;
export type Client = (typeof CLIENTS)[number];

/**
 * deployment/setup                          {claimedBy, claimedAt, org, wrongCodes?: {count, since}}
 * orgs/{org}/clientSignIns/{outlook|gmail}  {at, by}: the first sidebar sign-in of each kind
 * Both written only by the backend; closed to clients (firestore.rules).
 */
export const setupPaths = {
  setup: (db: Firestore) => db.collection("deployment").doc("setup"),
  clientSignIn: (db: Firestore, org: string, client: Client) =>
    db.collection("orgs").doc(org).collection("clientSignIns").doc(client),
};
