// The CSAT metric on the emulators (issue 17): a customer's answer counts for the owner at resolve
// and the mailbox; a changed answer replaces its rating (one response, the new rating), never adds.
import type { ConversationResponse, MailboxResponse, MetricsResponse } from "@baton/shared";
import { ALWAYS_OPEN, createTestOrg, makeThread, observe, requestId, TEST_POLICY } from "../support/fixtures";
import { adminApp, apiBase, call } from "../support/stack";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("an answer counts for the owner and the team; a second click replaces the rating", async () => {
  const o = await createTestOrg("csat-metric", { admin: "admin", ana: "agent" });
  const put = await call<MailboxResponse>(o.token("admin"), "PUT", "/mailboxes/support", {
    address: o.mailbox,
    name: "Support",
    policy: TEST_POLICY,
    calendar: ALWAYS_OPEN,
    routing: { agents: [], onCall: null },
    csat: { enabled: true, language: "en" },
  });
  expect(put.status).toBe(200);
  const { messages } = makeThread(o.domain, "customer@customer.test", 1);
  const key = (await observe(o, "ana", messages)).conversation.key;
  for (const [path, body] of [
    ["claim", {}],
    ["status", { status: "resolved" }],
  ] as const) {
    const reply = await call<ConversationResponse>(o.token("ana"), "POST", `/conversations/${key}/${path}`, {
      ...body,
      requestId: requestId(),
    });
    expect(reply.status).toBe(200);
  }
  const mail = await adminApp()
    .db.doc(`mail/${o.org}.csat.${key}.${(await survey(o.org, key)).id}`)
    .get();
  const query = /\/csat\?(\S+)/.exec(String(mail.get("message.text")))![1]!;
  const csatBase = (await apiBase()).replace(/\/api\/v1$/, "/csat");
  const link = (r: number) => `${csatBase}?${query.replace(/&r=\d$/, `&r=${r}`)}`;

  const metrics = async () => {
    const reply = await call<MetricsResponse>(
      o.token("admin"),
      "GET",
      `/metrics?from=${day(-1)}&to=${day(1)}&mailbox=support`,
    );
    expect(reply.status).toBe(200);
    const { summary } = reply.body;
    return {
      team: [summary.team.csatResponses, summary.team.csatAverage],
      ana: [
        summary.agents.find((a) => a.agent === o.email("ana"))?.csatResponses,
        summary.agents.find((a) => a.agent === o.email("ana"))?.csatAverage,
      ],
      card: [summary.totals.counts.csatResponses, summary.totals.counts.csatRatingSum],
    };
  };
  expect((await metrics()).team).toEqual([0, null]);

  expect((await fetch(link(4))).status).toBe(200);
  expect(await metrics()).toEqual({ team: [1, 4], ana: [1, 4], card: [1, 4] });
  // The customer changes their mind: still one answer, now a 2. Clicking 2 again changes nothing.
  expect((await fetch(link(2))).status).toBe(200);
  expect((await fetch(link(2))).status).toBe(200);
  expect(await metrics()).toEqual({ team: [1, 2], ana: [1, 2], card: [1, 2] });
});

async function survey(org: string, key: string) {
  const snap = await adminApp().db.collection(`orgs/${org}/conversations/${key}/csat`).get();
  expect(snap.docs).toHaveLength(1);
  return snap.docs[0]!;
}
