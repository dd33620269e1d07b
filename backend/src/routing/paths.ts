import type { Firestore } from "firebase-admin/firestore";
import { hashId } from "@baton/shared";

/*
 * Routing's own documents (issue 16):
 * orgs/{org}/memberLoad/{email}          {low, normal, high, urgent}: open conversations a member owns
 * orgs/{org}/routingCursors/{id}         {cursor}: the round-robin position of a mailbox (or a rule's group)
 * orgs/{org}/customers/{hash}            {count}: conversations a customer address started
 * orgs/{org}/rebalances/{email}          {reason, done, receivers}: a rebalance in progress
 * orgs/{org}/routingMeta/load            {countedAt, jobId}: open load was recounted (load-rebuild.ts)
 */
const org = (db: Firestore, id: string) => db.collection("orgs").doc(id);

export const routingPaths = {
  memberLoad: (db: Firestore, o: string, email: string) => org(db, o).collection("memberLoad").doc(email),
  cursor: (db: Firestore, o: string, id: string) => org(db, o).collection("routingCursors").doc(id),
  // Hashed: an address may hold characters a document id may not ("/"), and the id stays short.
  customer: (db: Firestore, o: string, address: string) =>
    org(db, o).collection("customers").doc(hashId("cu_", address.toLowerCase())),
  rebalance: (db: Firestore, o: string, email: string) => org(db, o).collection("rebalances").doc(email),
  rebalances: (db: Firestore, o: string) => org(db, o).collection("rebalances"),
  loads: (db: Firestore, o: string) => org(db, o).collection("memberLoad"),
  loadMarker: (db: Firestore, o: string) => org(db, o).collection("routingMeta").doc("load"),
};
