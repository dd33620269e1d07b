// Issue 16 "Reported", against the emulators: a conversation routing assigned and tagged by a rule,
// and one a member claimed, show in GET /metrics as routed vs claimed per member, a time from arrival
// to owner, the rule's fire count, and each member's open load against the mailbox's cap.
import type { MetricsResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { call } from "../support/stack";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("routing-report", { root: "admin", ana: "agent", ben: "agent", lead: "lead" });
  const put = await call(org.token("root"), "PUT", "/mailboxes/support/routing", {
    agents: [org.email("ana")],
    onCall: null,
    strategy: "round_robin",
    anyHour: true,
    capacity: { maxOpen: 5, perPriority: {} },
    rules: [
      {
        id: "orders",
        name: "Orders",
        when: [{ field: "subject", op: "contains", value: "order" }],
        then: [{ type: "add_tags", tags: ["orders", "shop"] }],
      },
    ],
  });
  if (put.status !== 200) throw new Error(`routing not saved: ${put.status} ${put.text}`);
});

test("routed vs claimed, arrival to owner, rule fires and open load against the cap", async () => {
  const routed = makeThread(org.domain, "customer@customer.test", 1);
  await observe(org, "lead", routed.messages);
  // Ana is the only agent and round-robin took the first. Then manual, no rules, Ben an agent too:
  // he claims the second himself.
  const off = await call(org.token("root"), "PUT", "/mailboxes/support/routing", {
    agents: [org.email("ana"), org.email("ben")],
    onCall: null,
    strategy: "manual",
    capacity: { maxOpen: 5, perPriority: {} },
  });
  expect(off.status).toBe(200);
  const claimed = makeThread(org.domain, "other@customer.test", 1);
  const second = await observe(org, "lead", claimed.messages);
  const claim = await call(org.token("ben"), "POST", `/conversations/${second.view.key}/claim`, {
    requestId: requestId(),
  });
  expect(claim.status).toBe(200);

  // A day either side: the rollups are dated in the mailbox's zone, not UTC.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const metrics = await call<MetricsResponse>(
    org.token("root"),
    "GET",
    `/metrics?from=${day(-1)}&to=${day(1)}&mailbox=support`,
  );
  expect(metrics.status).toBe(200);
  const { summary, load } = metrics.body;
  const row = (email: string) => summary.agents.find((a) => a.agent === email);
  expect(row(org.email("ana"))).toMatchObject({ routed: 1, claimed: 0 });
  expect(row(org.email("ben"))).toMatchObject({ routed: 0, claimed: 1 });
  expect(summary.team).toMatchObject({ routed: 1, claimed: 1 });
  expect(summary.totals.durations.arrivalToOwnerWall.n).toBe(2);
  // Two tags, one firing.
  expect(summary.rules).toEqual([{ rule: "orders", fired: 1 }]);
  expect(load).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ member: org.email("ana"), open: 1, cap: 5 }),
      expect.objectContaining({ member: org.email("ben"), open: 1, cap: 5 }),
    ]),
  );
});
