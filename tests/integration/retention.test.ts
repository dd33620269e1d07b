// Retention against the emulators: runRetentionSweep deletes resolved conversations past the org's
// retentionDays (document, events, viewers, index entries) and keeps open or recent ones.
import { runRetentionSweep } from "../../backend/src/retention/sweep";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

const DAY = 86_400_000;

describe("retention sweep", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("retain", { root: "admin", ana: "agent" });
  });

  async function conversation(n: number, status: "resolved" | "open", ageDays: number): Promise<string> {
    const thread = makeThread(org.domain, `c${n}@customer.test`, 1);
    const key = (await observe(org, "ana", thread.messages, "gmail", `thread-${n}-${requestId()}`))
      .conversation.key;
    if (status === "resolved") {
      const reply = await call(org.token("ana"), "POST", `/conversations/${key}/status`, {
        status: "resolved",
        requestId: requestId(),
      });
      expect(reply.status).toBe(200);
    }
    // Age it: the sweep reads the projection's updatedAt.
    await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}`)
      .update({ updatedAt: Date.now() - ageDays * DAY });
    return key;
  }

  it("deletes only resolved conversations older than retentionDays, with what hangs off them", async () => {
    const { db } = adminApp();
    const expired = await conversation(1, "resolved", 100);
    const recent = await conversation(2, "resolved", 10);
    const stillOpen = await conversation(3, "open", 100);
    const before = (await db.doc(`orgs/${org.org}/conversations/${expired}`).get()).data() ?? {};
    const aliases = before["aliases"] as string[];
    const messageIds = before["messageIds"] as string[];
    expect(aliases.length).toBe(1);
    expect(messageIds.length).toBeGreaterThan(0);
    expect(
      (await db.collection(`orgs/${org.org}/conversations/${expired}/events`).get()).size,
    ).toBeGreaterThan(0);

    // Nothing happens without a retention setting.
    expect((await runRetentionSweep(db, Date.now(), { org: org.org })).deleted).toBe(0);

    const put = await call(org.token("root"), "PUT", "/org/settings", {
      redaction: { cards: true, ibans: true, patterns: [] },
      retentionDays: 30,
    });
    expect(put.status).toBe(200);
    const report = await runRetentionSweep(db, Date.now(), { org: org.org, limit: 10 });
    expect(report).toMatchObject({ deleted: 1, truncated: false });

    expect((await db.doc(`orgs/${org.org}/conversations/${expired}`).get()).exists).toBe(false);
    expect((await db.collection(`orgs/${org.org}/conversations/${expired}/events`).get()).size).toBe(0);
    expect((await db.collection(`orgs/${org.org}/conversations/${expired}/viewers`).get()).size).toBe(0);
    expect((await db.doc(`orgs/${org.org}/aliases/${aliases[0]}`).get()).exists).toBe(false);
    const messages = await db
      .collection(`orgs/${org.org}/messages`)
      .where("conversationKey", "==", expired)
      .get();
    expect(messages.size).toBe(0);
    for (const kept of [recent, stillOpen]) {
      expect((await db.doc(`orgs/${org.org}/conversations/${kept}`).get()).exists).toBe(true);
    }
  });

  it("stops at the limit and says so", async () => {
    const { db } = adminApp();
    await conversation(4, "resolved", 200);
    await conversation(5, "resolved", 200);
    const first = await runRetentionSweep(db, Date.now(), { org: org.org, limit: 1 });
    expect(first).toMatchObject({ deleted: 1, truncated: true });
    const second = await runRetentionSweep(db, Date.now(), { org: org.org, limit: 1 });
    expect(second.deleted).toBe(1);
    expect((await runRetentionSweep(db, Date.now(), { org: org.org })).deleted).toBe(0);
  });
});
