// Automatic mail is not a customer or a reply (issue 17): what a sidebar reports with Auto-Submitted
// or Precedence headers is recorded in the conversation but starts, stops and wakes no clock.
import { createTestOrg, makeThread, requestId, type MessageSpec, type TestOrg } from "../support/fixtures";
import { call } from "../support/stack";

interface Clock {
  kind: string;
  startedAt: number;
  state?: string;
  stoppedAt?: number | null;
}
interface Reply {
  conversation: { key: string; status: string; messageCount: number; lastInboundAt?: number | null };
  sla: { clocks: Clock[] };
}

type Spec = MessageSpec & { autoSubmitted?: string; precedence?: string };

async function report(org: TestOrg, messages: Spec[]): Promise<Reply> {
  const reply = await call<Reply>(org.token("ana"), "POST", "/conversations/observe", {
    mailbox: org.mailbox,
    platform: "gmail",
    messages,
  });
  if (reply.status !== 200) throw new Error(`observe failed: ${reply.status} ${reply.text}`);
  return reply.body;
}

async function clocks(org: TestOrg, key: string): Promise<Clock[]> {
  const reply = await call<{ sla: { clocks: Clock[] } }>(
    org.token("ana"),
    "GET",
    `/conversations/${key}/sla`,
  );
  expect(reply.status).toBe(200);
  // What a message could move; remaining times change by the second and are left out.
  return reply.body.sla.clocks.map(({ kind, startedAt, state, stoppedAt }) => ({
    kind,
    startedAt,
    state,
    stoppedAt: stoppedAt ?? null,
  }));
}

describe("automatic mail reported by a sidebar", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("automail", { ana: "agent" });
  });

  it("an inbound mailing-list message is recorded but starts no first-response clock", async () => {
    const [list] = makeThread(org.domain, "news@list.example", 1).messages;
    const body = await report(org, [{ ...list!, precedence: "list" }]);
    expect(body.conversation.messageCount).toBe(1);
    expect(body.conversation.lastInboundAt ?? null).toBeNull();
    expect(await clocks(org, body.conversation.key)).toEqual([]);

    // The same message without the header is a customer: the clocks start (the header is what matters).
    const [person] = makeThread(org.domain, "news@list.example", 1).messages;
    const timed = await report(org, [person!]);
    expect((await clocks(org, timed.conversation.key)).map((c) => c.kind)).toContain("first_response");
  });

  it("a customer's out-of-office reply neither restarts nor stops a clock, and leaves pending pending", async () => {
    const start = Date.now() - 2 * 3_600_000;
    const { ids, messages } = makeThread(org.domain, "carla@customer.example", 3, start);
    const [question] = messages;
    const answer: Spec = {
      messageId: ids[1]!,
      inReplyTo: ids[0],
      references: ids[0],
      from: org.email("ana"),
      to: ["carla@customer.example"],
      subject: `Re: ${question!.subject}`,
      sentAt: new Date(start + 10 * 60_000).toISOString(),
    };
    const first = await report(org, [question!, answer]);
    const key = first.conversation.key;
    const pending = await call<Reply>(org.token("ana"), "POST", `/conversations/${key}/status`, {
      status: "pending",
      requestId: requestId(),
    });
    expect(pending.status).toBe(200);
    const before = await clocks(org, key);
    expect(before.find((c) => c.kind === "first_response")?.state).toBe("met");

    // Exchange's out-of-office answer to Ana's reply.
    const ooo: Spec = {
      ...messages[2]!,
      inReplyTo: ids[1],
      references: `${ids[0]} ${ids[1]}`,
      subject: `Automatic reply: ${question!.subject}`,
      sentAt: new Date(start + 20 * 60_000).toISOString(),
      autoSubmitted: "auto-generated",
    };
    const after = await report(org, [question!, answer, ooo]);
    expect(after.conversation.messageCount).toBe(3);
    expect(after.conversation.status).toBe("pending");
    expect(await clocks(org, key)).toEqual(before);
  });
});
