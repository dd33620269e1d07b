/**
 * The metrics endpoints through the real API on the emulators (functions, Firestore, Auth): rollups
 * maintained by the same transactions that append events, GET /metrics for leads only, the CSV
 * export, and the admin's rebuild giving the same numbers. Runs in the integration suite's
 * `emulators:exec` (add tests/dashboard/api to tests/jest.integration.config.js testMatch).
 */
import type { MetricsResponse } from "@baton/shared";
import {
  createTestOrg,
  makeThread,
  observe,
  requestId,
  type TestOrg,
} from "../../integration/support/fixtures";
import { call } from "../../integration/support/stack";

let org: TestOrg;
// The org is new, so a range of yesterday to tomorrow holds exactly what this file made, whatever the
// hour: "today" alone missed the threads made half an hour ago when the suite ran just after midnight
// in the mailbox's zone.
const dayAt = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const range = `from=${dayAt(-1)}&to=${dayAt(1)}`;

beforeAll(async () => {
  org = await createTestOrg("metrics", { ana: "agent", lee: "lead", ada: "admin" });
  // Two customer threads; Ana claims one and replies, then resolves it.
  const first = makeThread(org.domain, "c1@example.com", 1, Date.now() - 30 * 60_000);
  const second = makeThread(org.domain, "c2@example.com", 2, Date.now() - 20 * 60_000);
  const a = await observe(org, "ana", first.messages);
  await observe(org, "ana", second.messages);
  const key = a.conversation.key;
  await call(org.token("ana"), "POST", `/conversations/${key}/claim`, { requestId: requestId() });
  await observe(org, "ana", [
    ...first.messages,
    {
      messageId: `<reply.${Date.now()}@${org.domain}>`,
      inReplyTo: first.ids[0],
      references: first.ids[0],
      from: org.mailbox,
      to: ["c1@example.com"],
      subject: "Re: your order",
      sentAt: new Date().toISOString(),
    },
  ]);
  await call(org.token("ana"), "POST", `/conversations/${key}/status`, {
    status: "resolved",
    requestId: requestId(),
  });
});

describe("GET /metrics", () => {
  it("counts what happened from rollups the API maintained", async () => {
    const reply = await call<MetricsResponse>(org.token("lee"), "GET", `/metrics?${range}`);
    expect(reply.status).toBe(200);
    const counts = reply.body.summary.totals.counts;
    expect(counts.received).toBe(2);
    expect(counts.inbound).toBe(3);
    expect(counts.replies).toBe(1);
    expect(counts.firstReplies).toBe(1);
    expect(counts.resolved).toBe(1);
    expect(reply.body.documentsRead).toBeGreaterThan(0);
    expect(reply.body.documentsRead).toBeLessThan(10);
  });

  it("is refused to agents, with a sentence", async () => {
    const reply = await call<{ error: { code: string; message: string } }>(
      org.token("ana"),
      "GET",
      `/metrics?${range}`,
    );
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toMatch(/leads and admins/);
  });

  it("answers 400 for a reversed range", async () => {
    const reply = await call(org.token("lee"), "GET", `/metrics?from=${dayAt(0)}&to=2000-01-01`);
    expect(reply.status).toBe(400);
  });
});

describe("GET /export.csv", () => {
  it("sends the per-conversation facts as a CSV file", async () => {
    const reply = await call(org.token("lee"), "GET", `/export.csv?${range}`);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/text\/csv/);
    const lines = reply.text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^conversation,mailbox,subject,status/);
    expect(lines).toHaveLength(3);
  });
});

describe("POST /metrics/rebuild", () => {
  it("lets an admin rebuild from the event logs, with the same numbers", async () => {
    const before = await call<MetricsResponse>(org.token("lee"), "GET", `/metrics?${range}`);
    const refused = await call(org.token("lee"), "POST", "/metrics/rebuild", {});
    expect(refused.status).toBe(403);
    // A background job (202); two conversations are done within the request that started it.
    const rebuilt = await call<{ state: string; processed: number }>(
      org.token("ada"),
      "POST",
      "/metrics/rebuild",
      {},
    );
    expect(rebuilt.status).toBe(202);
    expect(rebuilt.body).toMatchObject({ state: "done", processed: 2 });
    const after = await call<MetricsResponse>(org.token("lee"), "GET", `/metrics?${range}`);
    expect(after.body.summary.totals).toEqual(before.body.summary.totals);
  });
});
