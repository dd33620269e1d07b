import type { ConversationResponse, Role } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, TEST_POLICY, type TestOrg } from "./support/fixtures";
import { adminApp, apiBase, call } from "./support/stack";

interface ErrorReply {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const RACERS = 50;
/** Issue 19: a 6-way race answers every racer within 3x of an uncontended claim. */
const SIX = 6;
/** Absolute slack on top of 3x, for 2 shared cores; the attempts count is the strict check. */
const SLACK_MS = 1_000;

interface TimedClaim {
  status: number;
  body: ConversationResponse | ErrorReply;
  ms: number;
  /** Transaction attempts the request made (the emulator's X-Baton-Tx-Attempts). */
  attempts: number;
}

async function timedClaim(token: string, key: string): Promise<TimedClaim> {
  const started = performance.now();
  const response = await fetch(`${await apiBase()}/conversations/${key}/claim`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ requestId: requestId() }),
  });
  const body = (await response.json()) as ConversationResponse | ErrorReply;
  return {
    status: response.status,
    body,
    ms: performance.now() - started,
    attempts: Number(response.headers.get("x-baton-tx-attempts") ?? NaN),
  };
}

describe("claims and the other state changes", () => {
  let org: TestOrg;
  let customer: string;

  beforeAll(async () => {
    const roles: Record<string, Role> = { lead: "lead", admin: "admin", viewer: "viewer" };
    for (let i = 0; i < RACERS; i++) roles[`agent${i}`] = "agent";
    org = await createTestOrg("claims", roles);
    customer = `dan@customer-${org.org}.test`;
  });

  async function newConversation(): Promise<string> {
    // A message from a moment ago: after the mailbox joined Baton (history before it is not timed,
    // and "lets an admin change a mailbox" rewrites it), and every clock still running.
    const { messages } = makeThread(org.domain, customer, 1, Date.now() - 2_000);
    return (await observe(org, "lead", messages)).conversation.key;
  }

  it(`gives exactly one of ${RACERS} simultaneous claims by different agents the conversation`, async () => {
    const key = await newConversation();
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        call<ConversationResponse | ErrorReply>(
          org.token(`agent${i}`),
          "POST",
          `/conversations/${key}/claim`,
          {
            requestId: requestId(),
          },
        ),
      ),
    );
    console.log(`${RACERS}-claim race: ${Date.now() - started} ms`);
    const won = replies.filter((r) => r.status === 200);
    const lost = replies.filter((r) => r.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(RACERS - 1);
    const winner = (won[0]!.body as ConversationResponse).conversation.assignee;
    for (const reply of lost) {
      expect(reply.body).toMatchObject({
        error: { code: "already_claimed", details: { owner: winner, since: expect.any(Number) as unknown } },
      });
    }
    const claims = await adminApp()
      .db.collection(`orgs/${org.org}/conversations/${key}/events`)
      .where("type", "==", "claimed")
      .get();
    expect(claims.size).toBe(1);
  });

  it(`resolves a ${SIX}-way race without retries: one winner, ${SIX - 1} told who won, each within 3x of an uncontended claim`, async () => {
    // Six functions workers warm first: the emulator starts a worker per concurrent request, and a
    // cold one (seconds on 2 cores) is the emulator's cost, not the claim's.
    for (let round = 0; round < 2; round++)
      await Promise.all(
        Array.from({ length: SIX }, (_, i) => call(org.token(`agent${20 + i}`), "GET", "/me")),
      );
    // Uncontended first, in the same test (so on the same machine load): the median of three.
    const alone: TimedClaim[] = [];
    for (let i = 0; i < 3; i++)
      alone.push(await timedClaim(org.token(`agent${10 + i}`), await newConversation()));
    expect(alone.map((c) => [c.status, c.attempts])).toEqual([
      [200, 1],
      [200, 1],
      [200, 1],
    ]);
    const uncontended = alone.map((c) => c.ms).sort((a, b) => a - b)[1]!;

    const key = await newConversation();
    const racers = await Promise.all(
      Array.from({ length: SIX }, (_, i) => timedClaim(org.token(`agent${20 + i}`), key)),
    );
    const won = racers.filter((r) => r.status === 200);
    const lost = racers.filter((r) => r.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(SIX - 1);
    const winner = (won[0]!.body as ConversationResponse).conversation;
    for (const reply of lost) {
      expect(reply.body).toMatchObject({
        error: { code: "already_claimed", details: { owner: winner.assignee, since: winner.assignedAt } },
      });
    }
    // Contention costs no retries: the winner's transaction runs once, the losers run none (the
    // old read-everything transaction retried every racer, 2.1-3.6 s in all).
    expect(won[0]!.attempts).toBe(1);
    for (const reply of lost) expect(reply.attempts).toBeLessThanOrEqual(1);
    console.log(
      `${SIX}-way race: uncontended ${uncontended.toFixed(0)} ms; racers ` +
        racers.map((r) => `${r.status}:${r.ms.toFixed(0)}ms/${r.attempts}`).join(" "),
    );
    for (const reply of racers) expect(reply.ms).toBeLessThanOrEqual(3 * uncontended + SLACK_MS);
    const claims = await adminApp()
      .db.collection(`orgs/${org.org}/conversations/${key}/events`)
      .where("type", "==", "claimed")
      .get();
    expect(claims.size).toBe(1);
    // The winner's transaction removed its gate with the claim.
    const gates = await adminApp().db.collection(`orgs/${org.org}/conversations/${key}/claimGates`).get();
    expect(gates.size).toBe(0);
  });

  it("applies a retried request id once and answers the current state", async () => {
    const key = await newConversation();
    const id = requestId();
    const first = await call<ConversationResponse>(
      org.token("agent1"),
      "POST",
      `/conversations/${key}/claim`,
      {
        requestId: id,
      },
    );
    expect(first.status).toBe(200);
    const release = await call(org.token("agent1"), "POST", `/conversations/${key}/release`, {
      requestId: requestId(),
    });
    expect(release.status).toBe(200);
    // The lost-response retry of the first claim must not claim again.
    const retry = await call<ConversationResponse>(
      org.token("agent1"),
      "POST",
      `/conversations/${key}/claim`,
      {
        requestId: id,
      },
    );
    expect(retry.status).toBe(200);
    expect(retry.body.conversation.assignee).toBeNull();
    const claims = await adminApp()
      .db.collection(`orgs/${org.org}/conversations/${key}/events`)
      .where("type", "==", "claimed")
      .get();
    expect(claims.size).toBe(1);
  });

  it("runs status, priority, tags and assignment through the state machine", async () => {
    const key = await newConversation();
    const base = `/conversations/${key}`;
    const priority = await call<ConversationResponse>(org.token("agent2"), "POST", `${base}/priority`, {
      priority: "urgent",
      requestId: requestId(),
    });
    expect(priority.body.conversation.priority).toBe("urgent");
    const tags = await call<ConversationResponse>(org.token("agent2"), "POST", `${base}/tags`, {
      add: ["VIP", "refund"],
      requestId: requestId(),
    });
    expect(tags.body.conversation.tags).toEqual(["vip", "refund"]);
    const pending = await call<ConversationResponse>(org.token("agent2"), "POST", `${base}/status`, {
      status: "pending",
      requestId: requestId(),
    });
    expect(pending.body.conversation.status).toBe("pending");
    expect(pending.body.sla.clocks.find((c) => c.kind === "first_response")?.state).toBe("paused");
    const assigned = await call<ConversationResponse>(org.token("lead"), "POST", `${base}/assign`, {
      assignee: org.email("agent3"),
      requestId: requestId(),
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.conversation.assignee).toBe(org.email("agent3"));
    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(doc.get("assignee")).toBe(org.email("agent3"));
    expect(typeof doc.get("sla.queueOrder")).toBe("number");
  });

  it("enforces roles: a viewer cannot claim, an agent cannot assign others or change mailboxes", async () => {
    const key = await newConversation();
    const viewerClaim = await call(org.token("viewer"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(viewerClaim.status).toBe(403);
    expect(viewerClaim.body).toMatchObject({ error: { code: "forbidden" } });

    const agentAssign = await call(org.token("agent4"), "POST", `/conversations/${key}/assign`, {
      assignee: org.email("agent5"),
      requestId: requestId(),
    });
    expect(agentAssign.status).toBe(403);

    const mailbox = {
      address: org.mailbox,
      name: "Support",
      policy: TEST_POLICY,
      calendar: { timeZone: "Europe/Amsterdam", weekly: { mon: [["09:00", "17:00"]] } },
      routing: { agents: [], onCall: null },
    };
    const agentPut = await call(org.token("agent4"), "PUT", "/mailboxes/support", mailbox);
    expect(agentPut.status).toBe(403);
    const leadMember = await call(org.token("lead"), "PUT", `/members/${org.email("agent4")}`, {
      role: "admin",
    });
    expect(leadMember.status).toBe(403);
    const nothingChanged = await adminApp()
      .db.doc(`orgs/${org.org}/members/${org.email("agent4")}`)
      .get();
    expect(nothingChanged.get("role")).toBe("agent");
  });

  it("lets an admin change a mailbox and a member's role", async () => {
    const mailbox = {
      address: org.mailbox,
      name: "Support desk",
      policy: TEST_POLICY,
      calendar: {
        timeZone: "Europe/Amsterdam",
        weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] },
        holidays: ["2026-12-25"],
      },
      routing: { agents: [], onCall: org.email("lead") },
    };
    const put = await call<{ mailbox: { version: number; calendar: unknown } }>(
      org.token("admin"),
      "PUT",
      "/mailboxes/support",
      mailbox,
    );
    expect(put.status).toBe(200);
    expect(put.body.mailbox.version).toBe(2);
    expect(put.body.mailbox.calendar).toEqual(mailbox.calendar);

    const badZone = await call(org.token("admin"), "PUT", "/mailboxes/support", {
      ...mailbox,
      calendar: { ...mailbox.calendar, timeZone: "Mars/Olympus" },
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body).toMatchObject({ error: { code: "invalid_calendar" } });

    const promoted = await call(org.token("admin"), "PUT", `/members/${org.email("agent6")}`, {
      role: "lead",
    });
    expect(promoted.status).toBe(200);
    const user = await adminApp().auth.getUserByEmail(org.email("agent6"));
    expect(user.customClaims).toMatchObject({ org: org.org, role: "lead" });
  });

  it("refuses to assign to someone outside the team", async () => {
    const key = await newConversation();
    const reply = await call(org.token("lead"), "POST", `/conversations/${key}/assign`, {
      assignee: "mallory@elsewhere.test",
      requestId: requestId(),
    });
    expect(reply.status).toBe(400);
  });

  it("lists the queue by next deadline, filtered by assignee", async () => {
    const urgent = await newConversation();
    await call(org.token("agent7"), "POST", `/conversations/${urgent}/priority`, {
      priority: "urgent",
      requestId: requestId(),
    });
    const normal = await newConversation();
    for (const key of [urgent, normal]) {
      await call(org.token("agent7"), "POST", `/conversations/${key}/claim`, { requestId: requestId() });
    }
    const queue = await call<{ items: Array<{ key: string; nextDeadline: number | null }> }>(
      org.token("agent7"),
      "GET",
      "/queue?assignee=me",
    );
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i) => i.key)).toEqual([urgent, normal]);
    const deadlines = queue.body.items.map((i) => i.nextDeadline ?? Infinity);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });
});
