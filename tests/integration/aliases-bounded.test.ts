import { createTestOrg, makeThread, observe, type TestOrg } from "./support/fixtures";
import { adminApp } from "./support/stack";

const MAX_ALIASES = 50;

describe("thread aliases on a conversation document", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("aliases", { ana: "agent" });
  });

  it("stay bounded when one member reports a thread under 200 platform thread ids, and each still resolves", async () => {
    const { messages } = makeThread(org.domain, `carla@customer-${org.org}.test`, 1);
    const ids = Array.from({ length: 200 }, (_, i) => `18c2f0a1b2c3${String(i).padStart(4, "0")}`);
    let key = "";
    for (const id of ids) key = (await observe(org, "ana", messages, "gmail", id)).conversation.key;

    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    // Before the cap the list held all 200 (and grew by one with every new id).
    expect((doc.get("aliases") as string[]).length).toBe(MAX_ALIASES);
    const index = await adminApp()
      .db.collection(`orgs/${org.org}/aliases`)
      .where("conversationKey", "==", key)
      .get();
    expect(index.size).toBe(200);

    // The first id fell off the list but its alias document still finds the thread, for a message
    // list that names none of its ids.
    const lateReply = makeThread(org.domain, `dan@customer-${org.org}.test`, 1).messages;
    const viaOldAlias = await observe(org, "ana", lateReply, "gmail", ids[0]);
    expect(viaOldAlias.conversation.key).toBe(key);
    const recorded = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(recorded.get("eventCount")).toBe(2);

    // Reporting an id that is off the list, with nothing new, rewrites nothing (no churn).
    const again = await observe(org, "ana", messages, "gmail", ids[1]);
    expect(again.conversation.key).toBe(key);
    const after = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(after.updateTime?.isEqual(recorded.updateTime!)).toBe(true);
    expect((after.get("aliases") as string[]).length).toBe(MAX_ALIASES);
  }, 600_000);
});
