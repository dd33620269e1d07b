// Loads the demo org into the running emulators: `npx tsx scripts/seed/index.ts` (npm start runs it).
// Users, org and members go in through the admin SDK; mailboxes, their routing and the threads through
// the HTTP API, so the seed exercises the real code paths. The history is recorded while every mailbox
// is manual (it keeps the owners the team gave it); then support@ starts routing and new mail arrives
// (arrivals.ts), so it lands with an owner and a reason. Safe to run again: it converges.
import { deleteApp, initializeApp, type App } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import type { StackUrls } from "./api-client";
import { seedMailboxesDirectly, seedMailboxesJoined, seedOrg, seedRoutingDirectly } from "./org";
import { DEMO_ORG } from "./people";
import {
  seedArrivals,
  seedMailboxesThroughApi,
  seedRoutingThroughApi,
  seedThreads,
  signInEveryone,
  type Tokens,
} from "./seed-threads";
import type { RoutingPhase } from "./routing";
import { seedUsers } from "./users";

const PROJECT_ID = "demo-baton";

// Point the admin SDK at the emulators even when run by hand; a demo- project has no real backend, and
// there is no metadata server to probe for credentials.
process.env["METADATA_SERVER_DETECTION"] ??= "none";
process.env["FIRESTORE_EMULATOR_HOST"] ??= "127.0.0.1:8080";
process.env["FIREBASE_AUTH_EMULATOR_HOST"] ??= "127.0.0.1:9099";

const urls: StackUrls = {
  authEmulator: `http://${process.env["FIREBASE_AUTH_EMULATOR_HOST"]}`,
  apiBase: process.env["BATON_API_BASE"] ?? `http://127.0.0.1:5001/${PROJECT_ID}/us-central1/api/v1`,
};

async function apiIsUp(): Promise<boolean> {
  try {
    const response = await fetch(`${urls.apiBase}/health`);
    return response.ok;
  } catch {
    return false;
  }
}

async function seed(app: App): Promise<void> {
  const started = Date.now();
  // One instant for the whole run: the mailboxes' join and the threads' times are relative to it.
  const nowMs = started;
  const db = getFirestore(app);
  const withApi = !process.argv.includes("--no-threads") && (await apiIsUp());
  await seedUsers(getAuth(app));
  await seedOrg(db);
  if (!withApi) {
    await seedMailboxesDirectly(db, nowMs, "routed");
    console.log(`seed: users, org "${DEMO_ORG}", members and mailboxes ready; no threads (API not up)`);
    if (process.argv.includes("--require-api")) process.exitCode = 1;
    return;
  }
  const tokens = await signInEveryone(urls);
  await seedMailboxesJoined(db, nowMs);
  try {
    await seedMailboxesThroughApi(urls, tokens);
  } catch (error) {
    // Keeps the demo usable while the API cannot store a mailbox; the warning says what is degraded.
    console.warn(`seed: WARNING ${error instanceof Error ? error.message : String(error)}`);
    console.warn("seed: WARNING mailboxes written directly instead (calendar windows as {from, to} maps)");
    await seedMailboxesDirectly(db, nowMs, "manual");
  }
  console.log(`seed: users, org "${DEMO_ORG}", members and mailboxes ready`);
  await storeRouting(db, tokens, "manual");
  const count = await seedThreads(urls, tokens, nowMs);
  console.log(`seed: ${String(count)} threads through the API`);
  await storeRouting(db, tokens, "routed");
  const arrived = await seedArrivals(urls, tokens, nowMs);
  console.log(`seed: support@ routes round-robin (ana, ben, dara, eli) with rule "Invoices"; new mail:`);
  for (const line of arrived) console.log(`seed:   ${line}`);
  console.log(`seed: done in ${String(Date.now() - started)} ms`);
}

/** Routing through PUT /mailboxes/{id}/routing, or written directly like the mailboxes when it fails. */
async function storeRouting(db: Firestore, tokens: Tokens, phase: RoutingPhase) {
  try {
    await seedRoutingThroughApi(urls, tokens, phase);
  } catch (error) {
    console.warn(`seed: WARNING ${error instanceof Error ? error.message : String(error)}`);
    console.warn(`seed: WARNING routing (${phase}) written directly instead`);
    await seedRoutingDirectly(db, phase);
  }
}

async function main(): Promise<void> {
  const app = initializeApp({ projectId: PROJECT_ID });
  try {
    await seed(app);
  } catch (error) {
    console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await deleteApp(app);
  }
}

void main();
