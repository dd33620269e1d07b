// Routing on an upgraded deployment (issue 16): conversations owned before open load was kept are
// recounted by a job (started by the first PUT that leaves `manual`, or by an admin) so caps hold,
// also while appends race the recount; a conversation nobody can take says why on the conversation;
// PUT /mailboxes cannot drop an agent a saved rule still assigns to.
import { decide, type Conversation } from "@baton/shared";
import { routingReasons } from "@baton/shared/view";
import { changeConversation } from "../../../backend/src/handlers/append";
import { recountMemberLoad, routingPaths } from "../../../backend/src/routing";
import { createIdGenerator } from "../../../backend/src/store/ids";
import { paths } from "../../../backend/src/store/paths";
import {
  ALWAYS_OPEN,
  createTestOrg,
  makeThread,
  observe,
  TEST_POLICY,
  type TestOrg,
} from "../support/fixtures";
import { adminApp, call } from "../support/stack";

const db = () => adminApp().db;

async function assign(org: TestOrg, key: string, to: string): Promise<void> {
  const now = Date.now();
  const out = await changeConversation(db(), org.org, key, now, (loaded) =>
    decide(
      loaded.conversation,
      { type: "assign", assignee: org.email(to), requestId: `req-${key}-${to}` },
      { email: org.email("root"), role: "admin" },
      now,
      createIdGenerator(now),
    ),
  );
  if (!("conversation" in out)) throw new Error(`assign failed: ${JSON.stringify(out)}`);
}

async function newConversation(org: TestOrg): Promise<string> {
  return (await observe(org, "root", makeThread(org.domain, "customer@customer.test", 1).messages))
    .conversation.key;
}

async function loadOf(org: TestOrg, name: string): Promise<Record<string, unknown>> {
  return (await routingPaths.memberLoad(db(), org.org, org.email(name)).get()).data() ?? {};
}

/** What a deployment from before this release has: owners, and no load documents at all. */
async function forgetLoads(org: TestOrg): Promise<void> {
  const docs = await routingPaths.loads(db(), org.org).get();
  await Promise.all(docs.docs.map((d) => d.ref.delete()));
}

test("the first PUT leaving manual recounts the load owned before; the cap then holds and the waiting conversation says why", async () => {
  const org = await createTestOrg("rt-upgrade", { root: "admin", ana: "agent", ben: "agent" });
  const owned = [await newConversation(org), await newConversation(org)];
  for (const key of owned) await assign(org, key, "ana");
  await forgetLoads(org);
  expect(await loadOf(org, "ana")).toEqual({});

  const put = await call(org.token("root"), "PUT", "/mailboxes/support/routing", {
    agents: [org.email("ana")],
    onCall: null,
    strategy: "round_robin",
    anyHour: true,
    capacity: { maxOpen: 2, perPriority: {} },
  });
  expect(put.status).toBe(200);
  expect(await loadOf(org, "ana")).toMatchObject({ normal: 2, low: 0, high: 0, urgent: 0 });
  expect((await routingPaths.loadMarker(db(), org.org).get()).exists).toBe(true);
  const jobs = await call<{ jobs: { kind: string; state: string }[] }>(org.token("root"), "GET", "/jobs");
  expect(jobs.body.jobs).toContainEqual(
    expect.objectContaining({ kind: "member_load_rebuild", state: "done" }),
  );

  // Ana is at her cap of 2: the next one waits (before the recount she counted 0 and got it).
  const third = await newConversation(org);
  const stored = (await paths.conversation(db(), org.org, third).get()).data() as Conversation;
  expect(stored.assignee).toBeNull();
  expect(routingReasons(stored, new Map([[org.email("ana"), "Ana"]]))).toEqual([
    "Waiting: nobody available (Ana at capacity)",
  ]);

  // An admin may start it again: it answers the job (202), counted the same.
  const again = await call<{ kind: string }>(org.token("root"), "POST", "/routing/load/rebuild", {});
  expect(again.status).toBe(202);
  expect(again.body.kind).toBe("member_load_rebuild");
  expect(await loadOf(org, "ana")).toMatchObject({ normal: 2 });
  const agent = await call(org.token("ana"), "POST", "/routing/load/rebuild", {});
  expect(agent.status).toBe(403);
});

test("a recount racing assignments of the same member loses no delta and counts none twice", async () => {
  const org = await createTestOrg("rt-recount", { root: "admin", ana: "agent" });
  const keys = await Promise.all(Array.from({ length: 6 }, () => newConversation(org)));
  for (const key of keys.slice(0, 3)) await assign(org, key, "ana");
  await forgetLoads(org);
  await Promise.all([
    recountMemberLoad(db(), org.org, org.email("ana"), Date.now()),
    ...keys.slice(3).map((key) => assign(org, key, "ana")),
  ]);
  expect(await loadOf(org, "ana")).toMatchObject({ normal: 6 });
});

test("PUT /mailboxes/{id} that drops an agent a saved rule assigns to is refused, naming the rule; nothing saved", async () => {
  const org = await createTestOrg("rt-agents", { root: "admin", ana: "agent", ben: "agent" });
  const rule = {
    id: "vip",
    name: "VIP",
    when: [{ field: "from", op: "domain", value: "vip.test" }],
    then: [{ type: "assign", member: org.email("ana") }],
  };
  const put = await call(org.token("root"), "PUT", "/mailboxes/support/routing", {
    agents: [org.email("ana"), org.email("ben")],
    onCall: null,
    strategy: "manual",
    rules: [rule],
  });
  expect(put.status).toBe(200);
  const before = (await paths.mailbox(db(), org.org, "support").get()).data();
  const refused = await call<{ error: { code: string; message: string } }>(
    org.token("root"),
    "PUT",
    "/mailboxes/support",
    {
      address: org.mailbox,
      name: "Support desk",
      policy: TEST_POLICY,
      calendar: ALWAYS_OPEN,
      routing: { agents: [org.email("ben")], onCall: null },
    },
  );
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toContain("Rule 'VIP'");
  expect(refused.body.error.message).toContain(`${org.email("ana")} is not an agent of this mailbox`);
  expect((await paths.mailbox(db(), org.org, "support").get()).data()).toEqual(before);
});
