/**
 * firestore.rules on the Firestore emulator: members (a member document for the verified email of the
 * token) read their own org, each role only what the API gives it, clients write only their own
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
  onSnapshot,
  query,
  setDoc,
  setLogLevel,
  updateDoc,
  where,
  type Firestore,
} from "firebase/firestore";

const ORG = "rules-acme";
const OTHER_ORG = "rules-globex";
const ANA = "ana@acme.test"; // agent
const BEN = "ben@acme.test"; // agent
const VIC = "vic@acme.test"; // viewer
const LEA = "lea@acme.test"; // lead
const ADAM = "adam@acme.test"; // admin
const DEAD_LETTER = "support_0123456789abcdef0123456789abcdef";
const GUS = "gus@globex.test"; // admin of the other org
const KEY = "c_thread1";

/** The role each fixture member has in its member document (the rules read it from there). */
const ROLES: ReadonlyArray<readonly [string, string, string]> = [
  [ORG, ANA, "agent"],
  [ORG, BEN, "agent"],
  [ORG, VIC, "viewer"],
  [ORG, LEA, "lead"],
  [ORG, ADAM, "admin"],
  [OTHER_ORG, GUS, "admin"],
];

let env: RulesTestEnvironment;

/**
 * The context's Firestore is typed as the compat instance but works with the modular API (this is the
 * usage the library documents); the cast only tells TypeScript so.
 */
function firestoreOf(context: RulesTestContext): Firestore {
  return context.firestore() as unknown as Firestore;
}

/**
 * A signed-in user with a verified address. The `org` and `role` claims are what the backend used to
 * put on tokens; the rules must ignore them (the member document decides), so tests can set them to
 * anything, including a role the member does not have.
 */
function member(email: string, org: string, role = "agent", verified: boolean | null = true): Firestore {
  const claims = verified === null ? { email, org, role } : { email, email_verified: verified, org, role };
  return firestoreOf(env.authenticatedContext(`uid-${email}`, claims));
}

async function asBackend(write: (db: Firestore) => Promise<unknown>): Promise<void> {
  await env.withSecurityRulesDisabled(async (context) => {
    await write(firestoreOf(context));
  });
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
      await setDoc(doc(db, "accounts", email), { org });
      await setDoc(doc(db, "orgs", org, "mailboxes", "support"), { address: `support@${org}.test` });
      await setDoc(doc(db, "orgs", org, "conversations", KEY), { key: KEY, status: "open", assignee: null });
      await setDoc(doc(db, "orgs", org, "conversations", KEY, "events", "e1"), { type: "claimed" });
      await setDoc(doc(db, "orgs", org, "conversations", KEY, "notes", "n1"), { body: "call back" });
      await setDoc(doc(db, "orgs", org, "conversations", KEY, "viewers", email), presence(email));
      await setDoc(doc(db, "orgs", org, "connectors", "support"), { cursor: "h42", lastError: "429" });
      await setDoc(doc(db, "orgs", org, "deadLetters", "e1.webhook.0"), { error: "HTTP 500" });
      await setDoc(doc(db, "orgs", org, "outbox", "e1"), { state: "pending", to: ["lea@acme.test"] });
      await setDoc(doc(db, "orgs", org, "connectorDeadLetters", DEAD_LETTER), {
        error: "bug",
        providerId: "p1",
      });
      await setDoc(doc(db, "orgs", org, "rollups", "2026-01-05_support__all"), { counts: { inbound: 3 } });
      await setDoc(doc(db, "orgs", org, "metricFacts", KEY), { key: KEY, subject: "Refund" });
      await setDoc(doc(db, "orgs", org, "removals", "rob@acme.test"), { at: 1, cleanedUp: true });
      await setDoc(doc(db, "orgs", org, "messages", "m1"), { conversationKey: KEY });
      await setDoc(doc(db, "orgs", org, "aliases", "gmail_t1"), { conversationKey: KEY });
      await setDoc(doc(db, "orgs", org, "escalations", "support"), { policy: { rules: [] } });
      await setDoc(doc(db, "orgs", org, "mailboxes", "support", "recomputes", "2"), { choice: "keep" });
      await setDoc(doc(db, "orgs", org, "clientSignIns", "outlook"), { at: 1, by: email });
    }
    await setDoc(doc(db, "deployment", "setup"), { claimedBy: ANA, claimedAt: 1, org: ORG });
    for (const [org, email, role] of ROLES) {
      await setDoc(doc(db, "orgs", org, "members", email), { email, name: email, role });
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
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "messages", "m1")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "aliases", "gmail_t1")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "escalations", "support")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "mailboxes", "support", "recomputes", "2")));
  });

  it("lets a member list their org's conversations and a conversation's events", async () => {
    const db = member(VIC, ORG, "viewer");
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
    const admin = member(ADAM, ORG, "admin");
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

  it("denies a verified user who is not a member, whatever claims their token carries", async () => {
    const db = member("stranger@acme.test", ORG, "admin");
    await assertFails(getDoc(doc(db, "orgs", ORG)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "connectors", "support")));
  });
});

describe("membership is the member document, checked on every read", () => {
  const ROB = "rob@acme.test";

  it("cuts a removed member off at once, though their token still claims the org", async () => {
    await asBackend((db) => setDoc(doc(db, "orgs", ORG, "members", ROB), { email: ROB, role: "admin" }));
    const db = member(ROB, ORG, "admin");
    // While a member, Rob reads the org (so the refusals below are the removal's doing).
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "connectors", "support")));

    await asBackend((backend) => deleteDoc(doc(backend, "orgs", ORG, "members", ROB)));
    await assertFails(getDoc(doc(db, "orgs", ORG)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "members", ANA)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
    await assertFails(getDocs(collection(db, "orgs", ORG, "conversations")));
    await assertFails(getDocs(collection(db, "orgs", ORG, "conversations", KEY, "events")));
    await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY, "viewers", ANA)));
    await assertFails(getDoc(doc(db, "orgs", ORG, "connectors", "support")));
    await assertFails(getDoc(doc(db, "orgs", ORG, "rollups", "2026-01-05_support__all")));
    await assertFails(setDoc(doc(db, "orgs", ORG, "conversations", KEY, "viewers", ROB), presence(ROB)));
  });

  it("stops a removed member's open listener from receiving the conversation's next change", async () => {
    const ROSE = "rose@acme.test";
    await asBackend((db) => setDoc(doc(db, "orgs", ORG, "members", ROSE), { email: ROSE, role: "agent" }));
    const ref = doc(member(ROSE, ORG), "orgs", ORG, "conversations", KEY);
    const seen: unknown[] = [];
    let denied: string | null = null;
    const stop = onSnapshot(
      ref,
      (snapshot) => seen.push(snapshot.data()?.status),
      (error) => {
        denied = error.code;
      },
    );
    try {
      await waitFor(() => seen.length > 0);
      expect(seen).toEqual(["open"]);

      await asBackend((db) => deleteDoc(doc(db, "orgs", ORG, "members", ROSE)));
      await asBackend((db) => updateDoc(doc(db, "orgs", ORG, "conversations", KEY), { status: "pending" }));
      // Either the listener is refused, or it is at least never handed the change.
      await waitFor(() => denied !== null || seen.length > 1, 5_000).catch(() => undefined);
      expect(seen).toEqual(["open"]);
      expect(denied).toBe("permission-denied");
    } finally {
      stop();
    }
    await asBackend((db) => updateDoc(doc(db, "orgs", ORG, "conversations", KEY), { status: "open" }));
  });

  it("denies an unverified account with a member's address everything (anyone can register one)", async () => {
    for (const db of [member(ANA, ORG, "agent", false), member(ADAM, ORG, "admin", null)]) {
      await assertFails(getDoc(doc(db, "orgs", ORG)));
      await assertFails(getDoc(doc(db, "orgs", ORG, "members", ANA)));
      await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
      await assertFails(getDocs(collection(db, "orgs", ORG, "conversations")));
      await assertFails(getDoc(doc(db, "orgs", ORG, "conversations", KEY, "events", "e1")));
      await assertFails(getDoc(doc(db, "orgs", ORG, "connectors", "support")));
      await assertFails(getDoc(doc(db, "accounts", ANA)));
      await assertFails(setDoc(doc(db, "orgs", ORG, "conversations", KEY, "viewers", ANA), presence(ANA)));
    }
    // The same addresses, verified, read the org: the refusals are the verification's doing.
    await assertSucceeds(getDoc(doc(member(ANA, ORG), "orgs", ORG, "conversations", KEY)));
    await assertSucceeds(getDoc(doc(member(ADAM, ORG, "admin"), "orgs", ORG, "connectors", "support")));
  });

  it("takes the role from the member document: a viewer whose token claims admin is still a viewer", async () => {
    const db = member(VIC, ORG, "admin");
    await assertFails(getDoc(doc(db, "orgs", ORG, "connectors", "support")));
    await assertFails(getDoc(doc(db, "orgs", ORG, "rollups", "2026-01-05_support__all")));
    await assertSucceeds(getDoc(doc(db, "orgs", ORG, "conversations", KEY)));
  });
});

describe("each role reads what the API gives it", () => {
  const rollup = ["orgs", ORG, "rollups", "2026-01-05_support__all"] as const;
  const facts = ["orgs", ORG, "metricFacts", KEY] as const;

  it("keeps team metrics (rollups, metric facts) to leads and admins, as GET /metrics does", async () => {
    for (const [email, role] of [
      [VIC, "viewer"],
      [ANA, "agent"],
    ] as const) {
      const db = member(email, ORG, role);
      await assertFails(getDoc(doc(db, ...rollup)));
      await assertFails(getDocs(collection(db, "orgs", ORG, "rollups")));
      await assertFails(getDoc(doc(db, ...facts)));
      await assertFails(getDocs(collection(db, "orgs", ORG, "metricFacts")));
    }
    for (const [email, role] of [
      [LEA, "lead"],
      [ADAM, "admin"],
    ] as const) {
      const db = member(email, ORG, role);
      await assertSucceeds(getDoc(doc(db, ...rollup)));
      await assertSucceeds(getDocs(collection(db, "orgs", ORG, "rollups")));
      await assertSucceeds(getDoc(doc(db, ...facts)));
    }
    await assertFails(getDoc(doc(member(GUS, OTHER_ORG, "admin"), ...rollup)));
  });

  it("keeps the SLA outbox to the backend: no API shows it, not even to admins", async () => {
    for (const [email, role] of [
      [VIC, "viewer"],
      [ANA, "agent"],
      [LEA, "lead"],
      [ADAM, "admin"],
    ] as const) {
      const db = member(email, ORG, role);
      await assertFails(getDoc(doc(db, "orgs", ORG, "outbox", "e1")));
      await assertFails(getDocs(collection(db, "orgs", ORG, "outbox")));
    }
  });

  it("keeps connector dead letters from every role, admins included (they read them through the API)", async () => {
    for (const [email, role] of [
      [VIC, "viewer"],
      [ANA, "agent"],
      [LEA, "lead"],
      [ADAM, "admin"],
    ] as const) {
      const db = member(email, ORG, role);
      await assertFails(getDoc(doc(db, "orgs", ORG, "connectorDeadLetters", DEAD_LETTER)));
      await assertFails(getDocs(collection(db, "orgs", ORG, "connectorDeadLetters")));
      await assertFails(deleteDoc(doc(db, "orgs", ORG, "connectorDeadLetters", DEAD_LETTER)));
      await assertFails(
        setDoc(doc(db, "orgs", ORG, "connectorDeadLetters", DEAD_LETTER), { status: "gave_up" }),
      );
    }
  });

  it("keeps backend-only records (removals, any collection no rule names) from every role", async () => {
    for (const [email, role] of [
      [VIC, "viewer"],
      [ADAM, "admin"],
    ] as const) {
      const db = member(email, ORG, role);
      await assertFails(getDoc(doc(db, "orgs", ORG, "removals", "rob@acme.test")));
      await assertFails(getDocs(collection(db, "orgs", ORG, "removals")));
      await assertFails(getDoc(doc(db, "orgs", ORG, "somethingNew", "x")));
      // The setup record and the first sidebar sign-ins (issue 15): the API answers an admin's GET /setup/install.
      await assertFails(getDoc(doc(db, "deployment", "setup")));
      await assertFails(setDoc(doc(db, "deployment", "setup"), { claimedBy: email }));
      await assertFails(getDoc(doc(db, "orgs", ORG, "clientSignIns", "outlook")));
      await assertFails(getDocs(collection(db, "orgs", ORG, "clientSignIns")));
      await assertFails(setDoc(doc(db, "orgs", ORG, "clientSignIns", "gmail"), { at: 1, by: email }));
    }
  });

  it("keeps connectors and dead letters from viewers and leads too", async () => {
    for (const [email, role] of [
      [VIC, "viewer"],
      [LEA, "lead"],
    ] as const) {
      const db = member(email, ORG, role);
      await assertFails(getDoc(doc(db, "orgs", ORG, "connectors", "support")));
      await assertFails(getDoc(doc(db, "orgs", ORG, "deadLetters", "e1.webhook.0")));
    }
  });
});

describe("writing", () => {
  it("denies clients writes to the org, members, mailboxes, accounts and conversations, even admins", async () => {
    const db = member(ADAM, ORG, "admin");
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
    const db = member(ADAM, ORG, "admin");
    const events = ["orgs", ORG, "conversations", KEY, "events"] as const;
    await assertFails(setDoc(doc(db, ...events, "e2"), { type: "claimed", assignee: ANA }));
    await assertFails(updateDoc(doc(db, ...events, "e1"), { type: "released" }));
    await assertFails(deleteDoc(doc(db, ...events, "e1")));
  });
});

/** Polls until `done` holds (listeners deliver asynchronously). */
async function waitFor(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the listener");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("presence", () => {
  const viewers = (org: string, email: string) =>
    ["orgs", org, "conversations", KEY, "viewers", email] as const;

  it("lets a member of any role, a viewer included, write and delete their own presence", async () => {
    const db = member(VIC, ORG, "viewer");
    await assertSucceeds(setDoc(doc(db, ...viewers(ORG, VIC)), presence(VIC)));
    await assertSucceeds(deleteDoc(doc(db, ...viewers(ORG, VIC))));
  });

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

/**
 * mailboxVisibility "members" (org settings): an agent or viewer not listed in a mailbox's
 * routing.agents must not read its conversations through a listener either, as the API answers 404.
 * An org of its own, so flipping the setting disturbs no other test.
 */
describe("mailbox visibility", () => {
  const HIDDEN_ORG = "rules-hidden";
  const BILLING_KEY = "c_billing1";
  const conversation = (db: Firestore) => doc(db, "orgs", HIDDEN_ORG, "conversations", BILLING_KEY);
  const under = (db: Firestore, sub: string, id: string) =>
    doc(db, "orgs", HIDDEN_ORG, "conversations", BILLING_KEY, sub, id);
  const setVisibility = (mailboxVisibility: string) =>
    asBackend((db) =>
      setDoc(doc(db, "orgs", HIDDEN_ORG), { name: HIDDEN_ORG, settings: { mailboxVisibility } }),
    );

  beforeAll(async () => {
    await setVisibility("members");
    await asBackend(async (db) => {
      const billing = { address: "billing@acme.test", routing: { agents: [BEN], onCall: null } };
      await setDoc(doc(db, "orgs", HIDDEN_ORG, "mailboxes", "billing"), billing);
      await setDoc(conversation(db), { key: BILLING_KEY, mailboxId: "billing", status: "open" });
      await setDoc(under(db, "events", "e1"), { type: "claimed" });
      await setDoc(under(db, "viewers", BEN), presence(BEN));
      for (const [email, role] of [
        [ANA, "agent"],
        [BEN, "agent"],
        [VIC, "viewer"],
        [LEA, "lead"],
      ] as const) {
        await setDoc(doc(db, "orgs", HIDDEN_ORG, "members", email), { email, name: email, role });
      }
    });
  });

  it("refuses an unlisted agent and a viewer the conversation, its events and presence, and a listener", async () => {
    for (const email of [ANA, VIC]) {
      const db = member(email, HIDDEN_ORG);
      await assertFails(getDoc(conversation(db)));
      await assertFails(getDoc(under(db, "events", "e1")));
      await assertFails(getDoc(under(db, "viewers", BEN)));
      await assertFails(setDoc(under(db, "viewers", email), presence(email)));
    }
    let denied: string | null = null;
    const stop = onSnapshot(
      conversation(member(ANA, HIDDEN_ORG)),
      () => undefined,
      (error) => {
        denied = error.code;
      },
    );
    try {
      await waitFor(() => denied !== null, 5_000);
      expect(denied).toBe("permission-denied");
    } finally {
      stop();
    }
  });

  it("lets the listed agent and a lead read it, a listener on its mailbox included", async () => {
    for (const email of [BEN, LEA]) {
      const db = member(email, HIDDEN_ORG);
      await assertSucceeds(getDoc(conversation(db)));
      await assertSucceeds(getDoc(under(db, "events", "e1")));
      await assertSucceeds(getDoc(under(db, "viewers", BEN)));
    }
    const db = member(BEN, HIDDEN_ORG);
    const conversations = collection(db, "orgs", HIDDEN_ORG, "conversations");
    await assertSucceeds(getDocs(query(conversations, where("mailboxId", "==", "billing"))));
  });

  it("lets the unlisted agent read it when the org shows every mailbox to everyone (the default)", async () => {
    await setVisibility("all");
    try {
      const db = member(ANA, HIDDEN_ORG);
      await assertSucceeds(getDoc(conversation(db)));
      await assertSucceeds(getDoc(under(db, "viewers", BEN)));
    } finally {
      await setVisibility("members");
    }
  });
});
