import { randomBytes } from "node:crypto";
import type { Firestore } from "firebase-admin/firestore";
import { firestore } from "../../backend/src/store/db";
import { paths } from "../../backend/src/store/paths";
import { AGENT, MAILBOX } from "../../backend/test/connectors/scenario";

export const SUPPORT_ID = "support";

export function db(): Firestore {
  if (process.env.FIRESTORE_EMULATOR_HOST === undefined) {
    throw new Error("FIRESTORE_EMULATOR_HOST is not set: run these tests inside `firebase emulators:exec`");
  }
  return firestore();
}

/** A fresh org with the support mailbox and two members, so suites never see each other's data. */
export async function createOrg(): Promise<string> {
  const org = `conn-${randomBytes(5).toString("hex")}`;
  const d = db();
  await paths.org(d, org).set({ name: "Connector test org", domain: "demo.baton.test" });
  await paths.mailbox(d, org, SUPPORT_ID).set({ address: MAILBOX, name: "Support" });
  for (const [email, role] of [
    [AGENT, "agent"],
    ["lead@demo.baton.test", "lead"],
  ] as const) {
    await paths.member(d, org, email).set({ email, name: email.split("@")[0], role });
  }
  return org;
}

export interface StoredEvent {
  type: string;
  messageId?: string;
  actor: string;
}

/** Every message event of the org, across conversations: what "recorded once" is checked against. */
export async function messageEvents(org: string): Promise<Array<StoredEvent & { key: string }>> {
  const d = db();
  const conversations = await paths.conversations(d, org).get();
  const out: Array<StoredEvent & { key: string }> = [];
  for (const conversation of conversations.docs) {
    const events = await paths.events(d, org, conversation.id).get();
    for (const event of events.docs) {
      const data = event.data() as StoredEvent;
      if (data.type === "message_received" || data.type === "message_sent")
        out.push({ ...data, key: conversation.id });
    }
  }
  return out;
}
