import type { Firestore } from "firebase-admin/firestore";

/**
 * Where metrics live (beside store/paths.ts, which the API engineer owns):
 * orgs/{org}/rollups/{day}_{mailboxId}_{agent|_all}[~{shard}]   counts, histograms, hour of week
 *   (rollup.ts), one key split over shards that readers add up (rollup-docs.ts)
 * orgs/{org}/metricFacts/{conversationKey}            per-conversation facts for the CSV export
 */
export const metricPaths = {
  rollups: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("rollups"),
  rollup: (db: Firestore, org: string, id: string) => metricPaths.rollups(db, org).doc(id),
  facts: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("metricFacts"),
  fact: (db: Firestore, org: string, key: string) => metricPaths.facts(db, org).doc(key),
};
