import { FieldValue, type DocumentData, type Firestore } from "firebase-admin/firestore";
import { paths } from "../store/paths";
import {
  ZERO_COUNTS,
  type ConnectorCounts,
  type ConnectorState,
  type CountDelta,
  type GraphSubscriptionRecord,
  type StateStore,
} from "./state";

/** orgs/{org}/connectors/{mailboxId}: the connector's settings, cursor and health, one document. */
export function connectorRef(db: Firestore, org: string, mailboxId: string) {
  return paths.org(db, org).collection("connectors").doc(mailboxId);
}

/** acks/{conversationKey} under the connector: the once-per-conversation auto-acknowledgement marker. */
export function ackRef(db: Firestore, org: string, mailboxId: string, conversationKey: string) {
  return connectorRef(db, org, mailboxId).collection("acks").doc(conversationKey);
}

/**
 * graphSubscriptions/{subscriptionId}: the owner and clientState hash of one Graph subscription, so
 * a change notification is authenticated with one keyed read. Outside orgs/ (no member reads it;
 * the rules grant nothing on it).
 */
export function subscriptionRef(db: Firestore, id: string) {
  return db.collection("graphSubscriptions").doc(id);
}

function toState(data: DocumentData): ConnectorState {
  const counts = { ...ZERO_COUNTS, ...(data.counts as Partial<ConnectorCounts> | undefined) };
  return {
    ...(data as ConnectorState),
    counts,
    push: (data.push as ConnectorState["push"] | undefined) ?? {},
  };
}

export function createFirestoreStateStore(db: Firestore): StateStore {
  // A handful of connectors per org: one collection-group read, no index to deploy.
  const list = async () => {
    const snapshot = await db.collectionGroup("connectors").get();
    return snapshot.docs.map((doc) => toState(doc.data()));
  };
  return {
    async get(org, mailboxId) {
      const snapshot = await connectorRef(db, org, mailboxId).get();
      const data = snapshot.data();
      return data === undefined ? null : toState(data);
    },
    async put(state) {
      await connectorRef(db, state.org, state.mailboxId).set(state);
    },
    async patch(org, mailboxId, patch, delta: CountDelta = {}) {
      const update: Record<string, unknown> = { ...patch };
      // Increments, so a count written by a run that overlaps a CLI edit is never lost.
      for (const [name, value] of Object.entries(delta))
        if (value !== 0) update[`counts.${name}`] = FieldValue.increment(value);
      await connectorRef(db, org, mailboxId).update(update);
    },
    async acquire(org, mailboxId, nowMs, leaseMs) {
      const ref = connectorRef(db, org, mailboxId);
      return db.runTransaction(async (tx) => {
        const snapshot = await tx.get(ref);
        const until: unknown = snapshot.get("leaseUntil");
        if (!snapshot.exists || (typeof until === "number" && until > nowMs)) return false;
        tx.update(ref, { leaseUntil: nowMs + leaseMs });
        return true;
      });
    },
    async release(org, mailboxId) {
      await connectorRef(db, org, mailboxId).update({ leaseUntil: 0 });
    },
    list,
    async findByAddress(address) {
      const all = await list();
      return all.filter((state) => state.address === address.toLowerCase());
    },
    async findSubscription(id) {
      const data = (await subscriptionRef(db, id).get()).data();
      return data === undefined ? null : (data as GraphSubscriptionRecord);
    },
    async indexSubscriptions(current, forgotten) {
      const batch = db.batch();
      for (const record of current) batch.set(subscriptionRef(db, record.id), record);
      for (const id of forgotten) batch.delete(subscriptionRef(db, id));
      await batch.commit();
    },
  };
}
