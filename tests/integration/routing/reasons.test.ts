// Issue 16 "Explained", against the emulators: a conversation routing assigned and tagged says why in
// the view both sidebars render (view.reasons, with team names) and in the SLA explain timeline; a
// person's reassign retires the owner's reason; a member sets and clears their own "away until"
// (PUT /me/availability) and GET /me answers it, as the sidebars read it.
import type { ConversationResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { call } from "../support/stack";

interface SlaBody {
  explain: { routing: string[]; clocks: Array<{ routing: string[] }> };
}

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("routing-why", { root: "admin", ana: "agent", ben: "agent", lead: "lead" });
  const put = await call(org.token("root"), "PUT", "/mailboxes/support/routing", {
    agents: [org.email("ana"), org.email("ben")],
    onCall: null,
    strategy: "round_robin",
    anyHour: true,
    rules: [
      {
        id: "orders",
        name: "Orders",
        when: [{ field: "subject", op: "contains", value: "order" }],
        then: [{ type: "add_tags", tags: ["orders"] }],
      },
    ],
  });
  if (put.status !== 200) throw new Error(`routing not saved: ${put.status} ${put.text}`);
});

test("the view and the SLA timeline say why routing assigned and tagged it; a person's reassign retires the owner's reason", async () => {
  const { messages } = makeThread(org.domain, "customer@customer.test", 1);
  const observed = await observe(org, "lead", messages);
  const key = observed.view.key;
  const read = await call<ConversationResponse>(org.token("ben"), "GET", `/conversations/${key}`);
  expect(read.status).toBe(200);
  const owner = read.body.view.ownerName;
  expect(read.body.view.reasons).toEqual([
    `Tagged orders by rule 'Orders'`,
    `Assigned to ${owner} by round-robin`,
  ]);

  const sla = await call<SlaBody>(org.token("ben"), "GET", `/conversations/${key}/sla`);
  expect(sla.status).toBe(200);
  expect(sla.body.explain.routing).toEqual([
    expect.stringMatching(/^\w{3} \d{1,2} \w{3} \d{2}:\d{2} Tagged orders by rule 'Orders'$/),
    expect.stringMatching(
      new RegExp(`^\\w{3} \\d{1,2} \\w{3} \\d{2}:\\d{2} Assigned to ${owner} by round-robin$`),
    ),
  ]);

  const other = read.body.view.ownerEmail === org.email("ana") ? org.email("ben") : org.email("ana");
  const reassigned = await call<ConversationResponse>(
    org.token("lead"),
    "POST",
    `/conversations/${key}/assign`,
    {
      assignee: other,
      requestId: requestId(),
    },
  );
  expect(reassigned.status).toBe(200);
  expect(reassigned.body.view.reasons).toEqual([`Tagged orders by rule 'Orders'`]);
});

test("a member sets and clears their own 'away until', and GET /me answers it", async () => {
  const until = Date.now() + 3_600_000;
  const set = await call<{ awayUntil: number | null }>(org.token("ana"), "PUT", "/me/availability", {
    awayUntil: new Date(until).toISOString(),
  });
  expect(set.status).toBe(200);
  expect(set.body.awayUntil).toBe(until);
  expect((await call<{ awayUntil?: number | null }>(org.token("ana"), "GET", "/me")).body.awayUntil).toBe(
    until,
  );

  const cleared = await call<{ awayUntil: number | null }>(org.token("ana"), "PUT", "/me/availability", {
    awayUntil: null,
  });
  expect(cleared.body.awayUntil).toBeNull();
  expect(
    (await call<{ awayUntil?: number | null }>(org.token("ana"), "GET", "/me")).body.awayUntil,
  ).toBeNull();
});
