/**
 * Templates are API-only: no client reads or writes orgs/{org}/templates directly, so a personal
 * template cannot be read past the API's owner check and no agent can rewrite a mailbox template
 * (or its use counter) from a browser. Each test is the attack, as a member of the org (the owner,
 * even a lead), and must be refused by firestore.rules.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertFails,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
import {
  collection,
  doc,
  getDoc,
  getDocs,
  setDoc,
  setLogLevel,
  updateDoc,
  type Firestore,
} from "firebase/firestore";

const ORG = "rules-templates";
const ANA = "ana@templates.test"; // agent, owner of the personal template
const LEA = "lea@templates.test"; // lead

let env: RulesTestEnvironment;

function firestoreOf(context: RulesTestContext): Firestore {
  return context.firestore() as unknown as Firestore;
}

function member(email: string): Firestore {
  return firestoreOf(env.authenticatedContext(`uid-${email}`, { email, email_verified: true }));
}

beforeAll(async () => {
  setLogLevel("error");
  env = await initializeTestEnvironment({
    projectId: "demo-baton",
    firestore: { rules: readFileSync(join(__dirname, "..", "..", "..", "firestore.rules"), "utf8") },
  });
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await setDoc(doc(db, "orgs", ORG), { name: ORG, domain: "templates.test" });
    for (const [email, role] of [
      [ANA, "agent"],
      [LEA, "lead"],
    ] as const) {
      await setDoc(doc(db, "accounts", email), { org: ORG });
      await setDoc(doc(db, "orgs", ORG, "members", email), { email, name: email, role });
    }
    await setDoc(doc(db, "orgs", ORG, "templates", "personal1"), {
      scope: "personal",
      owner: ANA,
      body: "x",
    });
    await setDoc(doc(db, "orgs", ORG, "templates", "mailbox1"), {
      scope: "mailbox",
      mailbox: "support",
      body: "y",
    });
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe("templates are reached through the API only", () => {
  it("refuses members reading templates directly, even their own or as a lead", async () => {
    await assertFails(getDoc(doc(member(ANA), "orgs", ORG, "templates", "personal1")));
    await assertFails(getDoc(doc(member(LEA), "orgs", ORG, "templates", "personal1")));
    await assertFails(getDocs(collection(member(LEA), "orgs", ORG, "templates")));
  });

  it("refuses members writing a template or its use counter directly", async () => {
    await assertFails(
      updateDoc(doc(member(ANA), "orgs", ORG, "templates", "mailbox1"), { body: "hijacked" }),
    );
    await assertFails(updateDoc(doc(member(LEA), "orgs", ORG, "templates", "mailbox1"), { useCount: 999 }));
    await assertFails(setDoc(doc(member(ANA), "orgs", ORG, "templates", "new1"), { scope: "mailbox" }));
    await assertFails(
      setDoc(doc(member(ANA), "orgs", ORG, "templates", "mailbox1", "uses", "r1"), { at: 1 }),
    );
  });

  it("still lets the same member read their org (the refusal is about templates)", async () => {
    const org = await getDoc(doc(member(ANA), "orgs", ORG));
    expect(org.exists()).toBe(true);
  });
});
