// Follow-ups and snooze on the emulators (issue 17): a follow-up fires on the emulator's clock (the
// sweep driven at an instant, as tests/sla drives the SLA sweep), the conversation is back in the
// queue marked follow-up due and its owner gets exactly one notice even when the sweep runs twice;
// a customer's reply before dueAt cancels it; "next business morning" crosses a weekend.
import { wallClockAt, type ConversationResponse, type QueueResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { adminApp, apiBase, call } from "../support/stack";

const db = () => adminApp().db;
const HOUR = 3_600_000;

interface SweepReport {
  due: number;
  woken: number;
  notified: number;
}

/** The emulator-only sweep at `now`, for this org only. */
async function sweep(org: string, now: number): Promise<SweepReport> {
  const base = (await apiBase()).replace(/\/api\/v1$/, "");
  const response = await fetch(`${base}/followUpSweepNow?now=${now}&org=${encodeURIComponent(org)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SweepReport;
}

async function mailTo(org: string): Promise<Array<{ to: string[]; subject: string }>> {
  const snap = await db()
    .collection("mail")
    .where("__name__", ">=", `${org}.`)
    .where("__name__", "<", `${org}.\uf8ff`)
    .get();
  return snap.docs
    .map((d) => ({ to: d.get("to") as string[], subject: String(d.get("message.subject")) }))
    .filter((m) => m.subject.includes("Follow-up due") || m.subject.includes("Snooze ended"));
}

async function command(o: TestOrg, who: string, method: string, path: string, body?: unknown) {
  const reply = await call<ConversationResponse>(o.token(who), method, path, body);
  if (reply.status !== 200) throw new Error(`${method} ${path}: ${reply.status} ${reply.text}`);
  return reply.body;
}

async function newConversation(o: TestOrg, who: string): Promise<string> {
  const { messages } = makeThread(o.domain, "carla@customer.test", 1);
  return (await observe(o, who, messages, "gmail", `thread-${requestId()}`)).conversation.key;
}

test("a follow-up fires on the emulator's clock: back in the queue, marked, the owner told once", async () => {
  const o = await createTestOrg("followup", { ana: "agent", ben: "agent" });
  const key = await newConversation(o, "ana");
  await command(o, "ana", "POST", `/conversations/${key}/claim`, { requestId: requestId() });
  await command(o, "ana", "POST", `/conversations/${key}/status`, {
    status: "pending",
    requestId: requestId(),
  });
  const dueAt = Date.now() + HOUR;
  const set = await command(o, "ana", "POST", `/conversations/${key}/follow-up`, {
    dueAt: new Date(dueAt).toISOString(),
    requestId: requestId(),
  });
  expect(set.conversation.followUp).toEqual({ dueAt, by: o.email("ana") });
  expect(set.conversation.wakeAt).toBe(dueAt);

  // Before dueAt nothing is due.
  expect(await sweep(o.org, dueAt - 1)).toEqual({ due: 0, woken: 0, notified: 0 });
  // The clock passes dueAt: woken and Ana told.
  expect(await sweep(o.org, dueAt + 1_000)).toEqual({ due: 1, woken: 1, notified: 1 });
  // The sweep runs again (a retry, an overlapping run): nothing is due, nothing written.
  expect(await sweep(o.org, dueAt + 2_000)).toEqual({ due: 0, woken: 0, notified: 0 });
  const mail = await mailTo(o.org);
  expect(mail).toHaveLength(1);
  expect(mail[0]!.to).toEqual([o.email("ana")]);

  const queue = await call<QueueResponse>(o.token("ben"), "GET", "/queue?status=open");
  const row = queue.body.items.find((i) => i.key === key);
  expect(row?.status).toBe("open");
  expect(row?.followUpDue).toMatchObject({ dueAt, reason: "no_reply" });
  const view = await command(o, "ben", "GET", `/conversations/${key}`);
  expect(view.conversation.followUp).toBeUndefined();
  expect(view.conversation.followUpDue).toMatchObject({ dueAt, reason: "no_reply" });

  // Clearing dismisses the marker too.
  const cleared = await command(
    o,
    "ana",
    "DELETE",
    `/conversations/${key}/follow-up?requestId=${requestId()}`,
  );
  expect(cleared.conversation.followUpDue).toBeUndefined();
});

test("a customer's reply before dueAt cancels the follow-up; nothing fires", async () => {
  const o = await createTestOrg("followup-reply", { ana: "agent" });
  const { messages } = makeThread(o.domain, "carla@customer.test", 2, Date.now() - 10 * 60_000);
  const thread = `thread-${requestId()}`;
  const key = (await observe(o, "ana", messages.slice(0, 1), "gmail", thread)).conversation.key;
  const dueAt = Date.now() + HOUR;
  await command(o, "ana", "POST", `/conversations/${key}/follow-up`, {
    dueAt: new Date(dueAt).toISOString(),
    requestId: requestId(),
  });
  const replied = await observe(o, "ana", messages, "gmail", thread);
  expect(replied.conversation.followUp).toBeUndefined();
  expect(replied.conversation.wakeAt).toBeUndefined();
  expect(await sweep(o.org, dueAt + 1_000)).toEqual({ due: 0, woken: 0, notified: 0 });
  expect(await mailTo(o.org)).toHaveLength(0);
});

test("snooze until the next business morning crosses a weekend and wakes there", async () => {
  const o = await createTestOrg("followup-snooze", { ana: "agent" });
  // Open on Mondays only: the next business morning is always a Monday, across a weekend.
  await db()
    .doc(`orgs/${o.org}/mailboxes/support`)
    .update({
      calendar: { timeZone: "Europe/Amsterdam", weekly: { mon: [{ from: "09:00", to: "17:00" }] } },
    });
  const key = await newConversation(o, "ana");
  await command(o, "ana", "POST", `/conversations/${key}/claim`, { requestId: requestId() });
  const before = Date.now();
  const snoozed = await command(o, "ana", "POST", `/conversations/${key}/snooze`, {
    until: "next_business_morning",
    requestId: requestId(),
  });
  const until = snoozed.conversation.snoozedUntil!;
  expect(snoozed.conversation.status).toBe("snoozed");
  const wall = wallClockAt("Europe/Amsterdam", until);
  expect([wall.weekday, wall.hhmm]).toEqual(["mon", "09:00"]);
  expect(until).toBeGreaterThan(before);
  // A Saturday lies between now and then.
  expect(wallClockAt("Europe/Amsterdam", until - 2 * 24 * HOUR).weekday).toBe("sat");
  expect(snoozed.conversation.wakeAt).toBe(until);

  expect(await sweep(o.org, until - 1)).toMatchObject({ woken: 0 });
  expect(await sweep(o.org, until)).toEqual({ due: 1, woken: 1, notified: 1 });
  const after = await command(o, "ana", "GET", `/conversations/${key}`);
  expect(after.conversation.status).toBe("open");
  expect(after.conversation.followUpDue).toMatchObject({ dueAt: until, reason: "snooze" });
  expect((await mailTo(o.org)).map((m) => m.to)).toEqual([[o.email("ana")]]);
});

test("a viewer may not set a follow-up, and a time past a year is refused with a sentence", async () => {
  const o = await createTestOrg("followup-refuse", { ana: "agent", vic: "viewer" });
  const key = await newConversation(o, "ana");
  const path = `/conversations/${key}/follow-up`;
  const viewer = await call(o.token("vic"), "POST", path, {
    dueAt: "next_business_morning",
    requestId: requestId(),
  });
  expect(viewer.status).toBe(403);
  const far = await call<{ error: { message: string } }>(o.token("ana"), "POST", path, {
    dueAt: new Date(Date.now() + 400 * 24 * HOUR).toISOString(),
    requestId: requestId(),
  });
  expect(far.status).toBe(400);
  expect(far.text).toContain("at most 365 days ahead");
  const state = await command(o, "ana", "GET", `/conversations/${key}`);
  expect(state.conversation.followUp).toBeUndefined();
});
