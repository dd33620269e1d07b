// Retention against the emulators: the retention job deletes resolved conversations past the org's
// retentionDays with everything derived from them (events, presence, every Message-ID and alias
// index entry, metrics facts, outbox entries, dead letters, SLA timer), keeps open or recent ones,
// and never deletes a conversation that comes back (same key) while it is being erased.
import { JOB_KIND_TABLE } from "../../backend/src/jobs/kinds";
import { advanceJob } from "../../backend/src/jobs/run";
import { startJob } from "../../backend/src/jobs/start";
import { eraseMarked, markExpired } from "../../backend/src/retention/erase";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

const DAY = 86_400_000;

describe("retention sweep", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("retain", { root: "admin", ana: "agent" });
  });

  const conversationDoc = (key: string) => adminApp().db.doc(`orgs/${org.org}/conversations/${key}`);

  async function resolveAndAge(key: string, ageDays: number): Promise<void> {
    const reply = await call(org.token("ana"), "POST", `/conversations/${key}/status`, {
      status: "resolved",
      requestId: requestId(),
    });
    expect(reply.status).toBe(200);
    // Age it: the sweep reads the projection's updatedAt.
    await conversationDoc(key).update({ updatedAt: Date.now() - ageDays * DAY });
  }

  async function conversation(n: number, status: "resolved" | "open", ageDays: number) {
    const thread = makeThread(org.domain, `c${n}@customer.test`, 2);
    const first = thread.messages.slice(0, 1);
    const key = (await observe(org, "ana", first, "gmail", `thread-${n}-${requestId()}`)).conversation.key;
    if (status === "resolved") await resolveAndAge(key, ageDays);
    else await conversationDoc(key).update({ updatedAt: Date.now() - ageDays * DAY });
    return { key, thread };
  }

  /** Runs the org's retention job to its end, as the daily trigger and the job runner would. */
  async function sweep(): Promise<{ processed: number; total: number | null }> {
    const { db } = adminApp();
    const { job } = await startJob(
      db,
      org.org,
      { kind: "retention_sweep", scope: null, params: { asOf: Date.now() }, requestedBy: "test" },
      Date.now(),
    );
    for (let run = 0; run < 50; run += 1) {
      const now = await advanceJob(db, org.org, job.id, {
        kinds: JOB_KIND_TABLE,
        owner: `test-${run}`,
        now: () => Date.now(),
        budgetMs: 5_000,
      });
      if (now?.state === "done") return { processed: now.processed, total: now.total };
      if (now?.state === "failed") throw new Error(now.error ?? "failed");
    }
    throw new Error("the retention job did not finish");
  }

  async function setRetention(days: number | null): Promise<void> {
    const put = await call(org.token("root"), "PUT", "/org/settings", {
      redaction: { cards: true, ibans: true, patterns: [] },
      retentionDays: days,
    });
    expect(put.status).toBe(200);
  }

  it("deletes only resolved conversations older than retentionDays, with everything derived from them", async () => {
    const { db } = adminApp();
    const { key: expired } = await conversation(1, "resolved", 100);
    const { key: recent } = await conversation(2, "resolved", 10);
    const { key: stillOpen } = await conversation(3, "open", 100);
    const before = (await conversationDoc(expired).get()).data() ?? {};
    const aliases = before["aliases"] as string[];
    expect(aliases.length).toBe(1);
    const orgPath = `orgs/${org.org}`;
    // What hangs off it besides its own subcollections: an older Message-ID index entry the
    // document no longer lists, an SLA notice and a dead letter, the SLA timer, presence.
    await db.doc(`${orgPath}/messages/older-entry-${expired}`).set({ conversationKey: expired, at: 1 });
    await db
      .doc(`${orgPath}/outbox/evt-${expired}`)
      .set({ notice: { conversationKey: expired }, status: "sent" });
    await db.doc(`${orgPath}/deadLetters/dl-${expired}`).set({ conversationKey: expired });
    await db.doc(`slaTimers/${org.org}:${expired}`).set({ org: org.org, key: expired, at: 1 });
    await db.doc(`${orgPath}/conversations/${expired}/viewers/ana@x.test`).set({ at: 1 });
    // What issue 17 keeps beside a conversation: a survey answer (the customer's address and
    // comment), the templates its cycle used, a member's mention read marker.
    const besides = ["csat/1", "csatTemplates/1", "mentionReads/ana@x.test"];
    for (const path of besides) {
      await db.doc(`${orgPath}/conversations/${expired}/${path}`).set({ customer: "c@customer.test", at: 1 });
    }
    expect((await db.doc(`${orgPath}/metricFacts/${expired}`).get()).exists).toBe(true);
    expect((await db.collection(`${orgPath}/conversations/${expired}/events`).get()).size).toBeGreaterThan(0);

    // Nothing happens without a retention setting.
    await setRetention(null);
    expect((await sweep()).processed).toBe(0);

    await setRetention(30);
    expect(await sweep()).toEqual({ processed: 1, total: 1 });

    expect((await conversationDoc(expired).get()).exists).toBe(false);
    expect((await db.collection(`${orgPath}/conversations/${expired}/events`).get()).size).toBe(0);
    expect((await db.collection(`${orgPath}/conversations/${expired}/viewers`).get()).size).toBe(0);
    for (const path of besides) {
      expect((await db.doc(`${orgPath}/conversations/${expired}/${path}`).get()).exists).toBe(false);
    }
    expect((await db.doc(`${orgPath}/aliases/${aliases[0]}`).get()).exists).toBe(false);
    const pointing = async (collection: string, field: string) =>
      (await db.collection(`${orgPath}/${collection}`).where(field, "==", expired).get()).size;
    expect(await pointing("messages", "conversationKey")).toBe(0);
    expect(await pointing("aliases", "conversationKey")).toBe(0);
    expect(await pointing("outbox", "notice.conversationKey")).toBe(0);
    expect(await pointing("deadLetters", "conversationKey")).toBe(0);
    expect((await db.doc(`${orgPath}/metricFacts/${expired}`).get()).exists).toBe(false);
    expect((await db.doc(`slaTimers/${org.org}:${expired}`).get()).exists).toBe(false);
    for (const kept of [recent, stillOpen]) {
      expect((await conversationDoc(kept).get()).exists).toBe(true);
      expect((await db.doc(`${orgPath}/metricFacts/${kept}`).get()).exists).toBe(true);
    }
  });

  it("keeps a conversation that receives mail (same key) while it is being erased, whole and usable", async () => {
    const { db } = adminApp();
    await setRetention(30);
    const { key, thread } = await conversation(4, "resolved", 200);
    const ref = conversationDoc(key);
    const cutoff = Date.now() - 30 * DAY;
    // The erase starts: the tombstone is set and the first derived documents go; then it stops (a
    // step's deadline, or a crash) with the rest still to do.
    const generation = await markExpired(db, ref, cutoff, Date.now());
    expect(generation).not.toBeNull();
    expect(await eraseMarked(db, org.org, ref, cutoff, generation ?? "", Date.now() - 1)).toBe("unfinished");
    // The customer writes again: the thread's conversation (same key) takes the reply.
    const again = await observe(org, "ana", thread.messages, "gmail");
    expect(again.conversation.key).toBe(key);
    // The sweep resumes, and the next one runs: neither deletes the conversation that came back.
    await sweep();
    expect(await eraseMarked(db, org.org, ref, cutoff, generation ?? "", Date.now() + 60_000)).toBe("kept");
    const read = await call(org.token("ana"), "GET", `/conversations/${key}`);
    expect(read.status).toBe(200);
    const events = await db.collection(`orgs/${org.org}/conversations/${key}/events`).get();
    expect(events.size).toBe((await ref.get()).get("eventCount"));
    expect(events.size).toBeGreaterThan(0);
  });

  it("never deletes a conversation re-created under the same key after its predecessor was erased", async () => {
    const { db } = adminApp();
    await setRetention(30);
    const { key, thread } = await conversation(5, "resolved", 200);
    const ref = conversationDoc(key);
    const cutoff = Date.now() - 30 * DAY;
    const generation = (await markExpired(db, ref, cutoff, Date.now())) ?? "";
    expect(await eraseMarked(db, org.org, ref, cutoff, generation, Date.now() + 60_000)).toBe("deleted");
    // The thread comes back with no index left: a new conversation under the same key.
    const reborn = await observe(org, "ana", thread.messages, "gmail");
    expect(reborn.conversation.key).toBe(key);
    // A late runner of the old erase (same generation) and a new sweep leave it alone.
    expect(await eraseMarked(db, org.org, ref, cutoff, generation, Date.now() + 60_000)).toBe("kept");
    await sweep();
    expect((await ref.get()).exists).toBe(true);
    const events = await db.collection(`orgs/${org.org}/conversations/${key}/events`).get();
    expect(events.size).toBe((await ref.get()).get("eventCount"));
    expect(events.size).toBeGreaterThan(0);
  });
});
