/**
 * firestore.rules on the Firestore emulator: members read their own org, clients write only their own
 * presence document, the event log cannot be touched by clients, everything else is denied.
 * Fixtures live in two orgs of their own (not the demo org) and are written with rules disabled, so
 * this suite neither needs nor disturbs the seed or the API's integration tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  setDoc,
  setLogLevel,
  updateDoc,
  type Firestore,
} from "firebase/firestore";

const ORG = "rules-acme";
const OTHER_ORG = "rules-globex";
const ANA = "ana@acme.test";
const BEN = "ben@acme.test";
const GUS = "gus@globex.test";
const KEY = "c_thread1";

let env: RulesTestEnvironment;

/**
 * The context's Firestore is typed as the compat instance but works with the modular API (this is the
 * usage the library documents); the cast only tells TypeScript so.
 */
function firestoreOf(context: RulesTestContext): Firestore {
  return context.firestore() as unknown as Firestore;
}

function member(email: string, org: string, role = "agent"): Firestore {
  return firestoreOf(env.authenticatedContext(`uid-${email}`, { email, org, role }));
}

function presence(email: string, state = "viewing", at = Date.now()) {
  return { email, state, at };
}

beforeAll(async () => {
  // Denied writes are the point of this suite; the SDK would log each one as a warning.
  setLogLevel("error");
  env = await initializeTestEnvironment({
    projectId: "demo-baton",
    firestore: { rules: readFileSync(join(__dirname, "..", "..", "firestore.rules"), "utf8") },
  });
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    for (const [org, email] of [
      [ORG, ANA],
      [OTHER_ORG, GUS],
    ] as const) {
      await setDoc(doc(db, "orgs", org), { name: org, domain: email.split("@")[1] });
      await setDoc(doc(db, "orgs", org, "members", email), { email, name: email, role: "agent" });
      await setDoc(doc(db, "accounts", email), { org });
      await setDoc(doc(db, "orgs", org, "mailboxes", "support"), { address: `support@${org}.test` });
      await setDoc(doc(db, "orgs", org, "conversations", KEY), { key: KEY, status: "open", assignee: null });
      await setDoc(doc(db, "orgs", org, "conversations", KEY, "events", "e1"), { type: "claimed" });
      await setDoc(doc(db, "orgs", org, "conversations", KEY, "notes", "n1"), { body: "call back" });
      await setDoc(doc(db, "orgs", org, "conversations", KEY, "viewers", email), presence(email));
      await setDoc(doc(db, "orgs", org, "connectors", "support"), { cursor: "h42", lastError: "429" });
      await setDoc(doc(db, "orgs", org, "deadLetters", "e1.webhook.0"), { error: "HTTP 500" });
    }
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe("reading", () => {
  it("lets a member read every kind of document of their own org", async () => {
    const db = member(ANA, ORG);
    await assertSucceeds(getDoc(doc(db, "orgs", ORG)));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "members", ANA)));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "mailboxes", "support")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "conversations", KEY, "events", "e1")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "conversations", KEY, "notes", "n1")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "conversations", KEY, "viewers", ANA)));
  });

  it("lets a member list their org's conversations and a conversation's events", async () => {
    const db = member(BEN, ORG, "viewer");
    const conversations = await assertSucceeds(getDocs(collection(db, "orgs", ORG, "conversations")));
    expect(conversations.docs.map((d) => d.id)).toEqual([KEY]);
    await assertSucceeds(getDocs(collection(db, "orgs", ORG, "conversations", KEY, "events")));
  });

  it("denies a member every document of another org", async () => {
    const db = member(ANA, ORG);
    await assertFails(getDoc(doc(db, "orgs", OTHER_ORG)));
    await assertFails(getDoc(doc(db, "orgs", OTHER_ORG, "members", GUS)));
    await assertFails(getDoc(doc(db, "orgs", OTHER_ORG, "conversations", KEY)));
    await assertFails(getDoc(doc(db, "orgs", OTHER_ORG, "conversations", KEY, "events", "e1")));
    await assertFails(getDocs(collection(db, "orgs", OTHER_ORG, "conversations")));
  });

  it("keeps connector sync state and dead letters to admins of the org", async () => {
    const agent = member(ANA, ORG);
    const admin = member(ANA, ORG, "admin");
    await assertFails(getDoc(doc(agent, "orgs", ORG, "connectors", "support")));
    await assertFails(getDoc(doc(agent, "orgs", ORG, "deadLetters", "e1.webhook.0")));
    await assertSucceeds(getDoc(doc(admin, "orgs", ORG, "connectors", "support")));
    await assertSucceeds(getDoc(doc(admin, "orgs", ORG, "deadLetters", "e1.webhook.0")));
    await assertFails(getDoc(doc(member(GUS, OTHER_ORG, "admin"), "orgs", ORG, "connectors", "support")));
  });

  it("denies collection-group queries, which would span orgs", async () => {
    await assertFails(getDocs(collectionGroup(member(ANA, ORG), "conversations")));
  });

  it("lets a signed-in user read only their own account document", async () => {
    const db = member(ANA, ORG);
    await assertSucceeds(getDoc(doc(db, "accounts", ANA)));
    await assertFails(getDoc(doc(db, "accounts", GUS)));
    await assertFails(getDocs(collection(db, "accounts")));
  });

  it("denies unauthenticated clients everything", async () => {
    const db = firestoreOf(env.unauthenticatedContext());
    await assertFails(getDoc(doc(db, "orgs", ORG)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
    await assertFails(getDoc(doc(db, "accounts", ANA)));
    await assertFails(setDoc(doc(db, "orgs", ORG, "conversations", KEY, "viewers", ANA), presence(ANA)));
  });

  it("denies a signed-in user without an org claim (not yet provisioned)", async () => {
    const db = firestoreOf(env.authenticatedContext("uid-stranger", { email: "stranger@acme.test" }));
    await assertFails(getDoc(doc(db, "orgs", ORG)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
  });
});

describe("writing", () => {
  it("denies clients writes to the org, members, mailboxes, accounts and conversations, even admins", async () => {
    const db = member(ANA, ORG, "admin");
    await assertFails(setDoc(doc(db, "orgs", ORG), { name: "hijacked" }));
    await assertFails(updateDoc(doc(db, "orgs", ORG, "members", ANA), { role: "admin" }));
    await assertFails(setDoc(doc(db, "orgs", ORG, "mailboxes", "new"), { address: "x@acme.test" }));
    await assertFails(setDoc(doc(db, "accounts", ANA), { org: OTHER_ORG }));
    await assertFails(setDoc(doc(db, "orgs", ORG, "conversations", "c_new"), { key: "c_new" }));
    await assertFails(updateDoc(doc(db, "orgs", ORG, "conversations", KEY), { assignee: ANA }));
    await assertFails(deleteDoc(doc(db, "orgs", ORG, "conversations", KEY)));
    await assertFails(setDoc(doc(db, "orgs", ORG, "conversations", KEY, "notes", "n2"), { body: "hi" }));
  });

  it("keeps the event log closed to clients: no append, no edit, no delete", async () => {
    const db = member(ANA, ORG, "admin");
    const events = ["orgs", ORG, "conversations", KEY, "events"] as const;
    await assertFails(setDoc(doc(db, ...events, "e2"), { type: "claimed", assignee: ANA }));
    await assertFails(updateDoc(doc(db, ...events, "e1"), { type: "released" }));
    await assertFails(deleteDoc(doc(db, ...events, "e1")));
  });
});

describe("presence", () => {
  const viewers = (org: string, email: string) =>
    ["orgs", org, "conversations", KEY, "viewers", email] as const;

  it("lets a member write and delete their own presence with valid fields", async () => {
    const db = member(BEN, ORG);
    await assertSucceeds(setDoc(doc(db, ...viewers(ORG, BEN)), presence(BEN)));
    await assertSucceeds(setDoc(doc(db, ...viewers(ORG, BEN)), presence(BEN, "replying")));
    await assertSucceeds(deleteDoc(doc(db, ...viewers(ORG, BEN))));
  });

  it("keys presence by the lower-cased email of the token", async () => {
    const db = member("Ben@Acme.test", ORG);
    await assertSucceeds(setDoc(doc(db, ...viewers(ORG, BEN)), presence(BEN)));
    await assertFails(setDoc(doc(db, ...viewers(ORG, "Ben@Acme.test")), presence("Ben@Acme.test")));
  });

  it("denies writing someone else's presence, or deleting it", async () => {
    const db = member(BEN, ORG);
    await assertFails(setDoc(doc(db, ...viewers(ORG, ANA)), presence(ANA)));
    await assertFails(setDoc(doc(db, ...viewers(ORG, ANA)), presence(BEN)));
    await assertFails(deleteDoc(doc(db, ...viewers(ORG, ANA))));
  });

  it("denies presence in another org's conversation", async () => {
    await assertFails(setDoc(doc(member(ANA, ORG), ...viewers(OTHER_ORG, ANA)), presence(ANA)));
  });

  it("rejects presence with extra, missing or ill-typed fields", async () => {
    const db = member(BEN, ORG);
    const ref = doc(db, ...viewers(ORG, BEN));
    await assertFails(setDoc(ref, { ...presence(BEN), status: "resolved" }));
    await assertFails(setDoc(ref, { email: BEN, state: "viewing" }));
    await assertFails(setDoc(ref, presence(BEN, "typing")));
    await assertFails(setDoc(ref, { email: BEN, state: "viewing", at: "now" }));
    await assertFails(setDoc(ref, { email: BEN, state: "viewing", at: Date.now() + 0.5 }));
  });

  it("rejects a heartbeat far from the server's clock", async () => {
    const ref = doc(member(BEN, ORG), ...viewers(ORG, BEN));
    const hour = 60 * 60 * 1000;
    await assertFails(setDoc(ref, presence(BEN, "viewing", Date.now() - hour)));
    await assertFails(setDoc(ref, presence(BEN, "viewing", Date.now() + hour)));
  });
});
