// Firestore (admin SDK) against the emulator that `node scripts/test.mjs emulators` starts.
import { DEFAULT_SLA_POLICY, type RollupContext } from "@baton/shared";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { MONTH_CALENDAR } from "../../shared/test/metrics/generate-month";

export const PROJECT_ID = process.env.GCLOUD_PROJECT ?? "demo-baton";

export function emulatorDb(): Firestore {
  if ((process.env.FIRESTORE_EMULATOR_HOST ?? "") === "") {
    throw new Error("FIRESTORE_EMULATOR_HOST is not set: run through `node scripts/test.mjs emulators`.");
  }
  const app =
    getApps().find((a) => a.name === "dashboard-tests") ??
    initializeApp({ projectId: PROJECT_ID }, "dashboard-tests");
  const db = getFirestore(app);
  return db;
}

export function contextFor(mailboxId: string): RollupContext {
  return { mailboxId, policy: DEFAULT_SLA_POLICY, calendar: MONTH_CALENDAR };
}

/** Deletes everything under orgs/{org} (the emulator's REST endpoint would wipe other suites too). */
export async function clearOrg(db: Firestore, org: string): Promise<void> {
  await db.recursiveDelete(db.collection("orgs").doc(org));
}
