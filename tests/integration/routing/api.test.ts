// Issue 16, the routing API against the emulators: bad rules are refused with the sentence saying
// what to fix and nothing half-saved (each an attack or a mistake that must fail), only admins
// change routing or another member's availability, a member sets their own "away", PUT /mailboxes
// keeps the rules it does not carry, and the preview answers for the last 50 without writing.
import {
  ALWAYS_OPEN,
  createTestOrg,
  makeThread,
  observe,
  TEST_POLICY,
  type TestOrg,
} from "../support/fixtures";
import { adminApp, call } from "../support/stack";

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
interface RoutingBody {
  id: string;
  routing: { agents: string[]; strategy: string; rules: { id: string }[] };
}

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("routing-api", { root: "admin", ana: "agent", ben: "agent" });
  await adminApp()
    .db.doc(`orgs/${org.org}/mailboxes/billing`)
    .set({
      address: `billing@${org.domain}`,
      name: "Billing",
      policy: TEST_POLICY,
      calendar: { timeZone: "UTC", weekly: {} },
      routing: { agents: [], onCall: null },
      version: 1,
    });
});

const invoices = (then: unknown[] = [{ type: "add_tags", tags: ["billing"] }]) => ({
  id: "invoices",
  name: "Invoices",
  when: [{ field: "subject", op: "contains", value: "invoice" }],
  then,
});

const routing = (rules: unknown[], strategy = "round_robin") => ({
  agents: [org.email("ana"), org.email("ben")],
  onCall: null,
  strategy,
  rules,
});

async function storedRouting(mailbox = "support"): Promise<unknown> {
  return (await adminApp().db.doc(`orgs/${org.org}/mailboxes/${mailbox}`).get()).get("routing");
}

describe("PUT /mailboxes/{id}/routing", () => {
  it("saves rules and a strategy, and GET answers them with defaults filled in", async () => {
    const put = await call<RoutingBody>(
      org.token("root"),
      "PUT",
      "/mailboxes/support/routing",
      routing([invoices()]),
    );
    expect(put.status).toBe(200);
    const got = await call<RoutingBody>(org.token("root"), "GET", "/mailboxes/support/routing");
    expect(got.status).toBe(200);
    expect(got.body.routing).toMatchObject({
      strategy: "round_robin",
      rules: [{ id: "invoices", enabled: true, runOn: "new_conversation", stop: false }],
      capacity: { maxOpen: null, perPriority: {} },
      rebalanceTo: "strategy",
      anyHour: false,
    });
  });

  const refusals: [string, () => unknown, RegExp, string][] = [
    ["an unknown field", () => routing([{ ...invoices(), colour: "red" }]), /colour/, "rules[0]"],
    [
      "a pattern the linear-time engine refuses (a backreference)",
      () => routing([{ ...invoices(), when: [{ field: "subject", op: "matches", value: "(a+)\\1" }] }]),
      /linear-time engine does not support/,
      "rules[0].when[0].value",
    ],
    [
      "an assignee outside the org",
      () => routing([invoices([{ type: "assign", member: "mallory@elsewhere.test" }])]),
      /mallory@elsewhere\.test is not a member/,
      "rules[0].then[0].member",
    ],
  ];
  it.each(refusals)(
    "refuses %s with a sentence, and keeps what was saved",
    async (_what, body, sentence, path) => {
      const before = await storedRouting();
      const put = await call<ErrorBody>(org.token("root"), "PUT", "/mailboxes/support/routing", body());
      expect(put.status).toBe(400);
      expect(put.body.error.message).toMatch(sentence);
      expect(JSON.stringify(put.body.error.details)).toContain(path);
      expect(await storedRouting()).toEqual(before);
    },
  );

  it("refuses a loop between mailboxes, naming it, and saves neither half", async () => {
    const toSupport = await call(org.token("root"), "PUT", "/mailboxes/billing/routing", {
      ...routing([invoices([{ type: "move_to_mailbox", mailbox: "support" }])], "manual"),
      agents: [],
    });
    expect(toSupport.status).toBe(200);
    const before = await storedRouting();
    const put = await call<ErrorBody>(
      org.token("root"),
      "PUT",
      "/mailboxes/support/routing",
      routing([invoices([{ type: "move_to_mailbox", mailbox: "billing" }])]),
    );
    expect(put.status).toBe(400);
    expect(put.body.error.message).toMatch(/makes a loop \(support → billing → support\)/);
    expect(await storedRouting()).toEqual(before);
    // Without the other half it is a plain move (control: the refusal was the loop).
    await call(org.token("root"), "PUT", "/mailboxes/billing/routing", {
      ...routing([], "manual"),
      agents: [],
    });
    const ok = await call(
      org.token("root"),
      "PUT",
      "/mailboxes/support/routing",
      routing([invoices([{ type: "move_to_mailbox", mailbox: "billing" }])]),
    );
    expect(ok.status).toBe(200);
    await call(org.token("root"), "PUT", "/mailboxes/support/routing", routing([invoices()]));
  });

  it("refuses an agent (403) and leaves the routing as it was", async () => {
    const before = await storedRouting();
    const put = await call<ErrorBody>(
      org.token("ana"),
      "PUT",
      "/mailboxes/support/routing",
      routing([], "manual"),
    );
    expect(put.status).toBe(403);
    expect(put.body.error.message).toMatch(/routing/);
    expect(await storedRouting()).toEqual(before);
  });

  it("PUT /mailboxes/{id} (agents, on-call) keeps the rules and strategy it does not carry", async () => {
    const put = await call(org.token("root"), "PUT", "/mailboxes/support", {
      address: org.mailbox,
      name: "Support desk",
      policy: TEST_POLICY,
      calendar: ALWAYS_OPEN,
      routing: { agents: [org.email("ana")], onCall: null },
    });
    expect(put.status).toBe(200);
    const got = await call<RoutingBody>(org.token("root"), "GET", "/mailboxes/support/routing");
    expect(got.body.routing).toMatchObject({
      agents: [org.email("ana")],
      strategy: "round_robin",
      rules: [{ id: "invoices" }],
    });
    await call(org.token("root"), "PUT", "/mailboxes/support/routing", routing([invoices()]));
  });
});

describe("availability", () => {
  it("a member sets their own away; GET /me and GET /me/availability carry it", async () => {
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const put = await call<{ awayUntil: number }>(org.token("ana"), "PUT", "/me/availability", {
      awayUntil: until,
    });
    expect(put.status).toBe(200);
    expect(put.body.awayUntil).toBe(Date.parse(until));
    const me = await call<{ awayUntil: number | null }>(org.token("ana"), "GET", "/me");
    expect(me.body.awayUntil).toBe(Date.parse(until));
    const mine = await call<{ email: string; awayUntil: number | null }>(
      org.token("ana"),
      "GET",
      "/me/availability",
    );
    expect(mine.body).toMatchObject({ email: org.email("ana"), awayUntil: Date.parse(until) });
    const back = await call<{ awayUntil: number | null }>(org.token("ana"), "PUT", "/me/availability", {
      awayUntil: null,
    });
    expect(back.body.awayUntil).toBeNull();
  });

  it("a member cannot set another member's availability (403), nor skills through their own", async () => {
    const other = await call<ErrorBody>(
      org.token("ana"),
      "PUT",
      `/members/${org.email("ben")}/availability`,
      {
        awayUntil: new Date(Date.now() + 86_400_000).toISOString(),
      },
    );
    expect(other.status).toBe(403);
    const stored = await adminApp()
      .db.doc(`orgs/${org.org}/members/${org.email("ben")}`)
      .get();
    expect(stored.get("awayUntil")).toBeUndefined();
    const skills = await call<ErrorBody>(org.token("ana"), "PUT", "/me/availability", {
      awayUntil: null,
      maxOpen: 999,
    });
    expect(skills.status).toBe(400);
  });

  it("an admin sets hours, skills and a cap; a role change keeps them", async () => {
    const hours = { timeZone: "Europe/Paris", weekly: { mon: [["09:00", "17:00"]] } };
    const put = await call(org.token("root"), "PUT", `/members/${org.email("ben")}/availability`, {
      awayUntil: null,
      workingHours: hours,
      skills: ["billing", "billing", "german"],
      maxOpen: 5,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ skills: ["billing", "german"], maxOpen: 5, workingHours: hours });
    const role = await call(org.token("root"), "PUT", `/members/${org.email("ben")}`, { role: "lead" });
    expect(role.status).toBe(200);
    const stored = await adminApp()
      .db.doc(`orgs/${org.org}/members/${org.email("ben")}`)
      .get();
    expect(stored.get("role")).toBe("lead");
    expect(stored.get("skills")).toEqual(["billing", "german"]);
    expect(stored.get("maxOpen")).toBe(5);
    expect(stored.get("workingHours.timeZone")).toBe("Europe/Paris");
    await call(org.token("root"), "PUT", `/members/${org.email("ben")}`, { role: "agent" });
    // A PUT replaces: without hours and a cap, Ben has none of his own again.
    const cleared = await call(org.token("root"), "PUT", `/members/${org.email("ben")}/availability`, {
      awayUntil: null,
    });
    expect(cleared.body).toEqual({ email: org.email("ben"), awayUntil: null, skills: [] });
    const after = await adminApp()
      .db.doc(`orgs/${org.org}/members/${org.email("ben")}`)
      .get();
    expect(after.get("workingHours")).toBeUndefined();
    expect(after.get("maxOpen")).toBeUndefined();
  });

  it("refuses a calendar that does not exist and an unknown member", async () => {
    const zone = await call<ErrorBody>(
      org.token("root"),
      "PUT",
      `/members/${org.email("ben")}/availability`,
      {
        awayUntil: null,
        workingHours: { timeZone: "Mars/Olympus", weekly: {} },
      },
    );
    expect(zone.status).toBe(400);
    expect(zone.body.error.details).toMatchObject({ path: "workingHours" });
    const nobody = await call(org.token("root"), "PUT", `/members/nobody@${org.domain}/availability`, {
      awayUntil: null,
    });
    expect(nobody.status).toBe(404);
  });
});

describe("POST /mailboxes/{id}/routing/preview", () => {
  const SEEDED = 55;
  beforeAll(async () => {
    const { db } = adminApp();
    const batch = db.batch();
    const start = Date.now() - 10 * 86_400_000;
    for (let i = 0; i < SEEDED; i++) {
      const key = `c_preview${String(i).padStart(4, "0")}aa`;
      const at = start + i * 60_000;
      const subject = i % 5 === 0 ? `Invoice ${i}` : `Question ${i}`;
      batch.set(db.doc(`orgs/${org.org}/conversations/${key}`), {
        key,
        mailbox: "support",
        subject,
        status: "open",
        priority: "normal",
        assignee: null,
        tags: [],
        createdAt: at,
        updatedAt: at,
      });
      batch.set(db.doc(`orgs/${org.org}/conversations/${key}/events/e0`), {
        id: "e0",
        at,
        actor: `customer${i}@example.test`,
        type: "message_received",
        messageId: `<m${i}@example.test>`,
        from: `Customer${i}@Example.test`,
        subject,
        sentAt: at,
      });
    }
    await batch.commit();
  });

  async function snapshotConversations(): Promise<Map<string, string>> {
    const docs = await adminApp().db.collection(`orgs/${org.org}/conversations`).get();
    const out = new Map<string, string>();
    for (const doc of docs.docs) {
      const events = await doc.ref.collection("events").get();
      out.set(doc.id, JSON.stringify([doc.data(), doc.updateTime.toMillis(), events.size]));
    }
    return out;
  }

  it("answers the newest 50 with what would fire and why, writing nothing", async () => {
    const before = await snapshotConversations();
    const draft = routing([
      invoices([
        { type: "add_tags", tags: ["billing"] },
        { type: "set_priority", priority: "high" },
      ]),
    ]);
    const reply = await call<{
      evaluated: number;
      firedByRule: Record<string, number>;
      conversations: { key: string; from: string; assignee: string | null; sentences: string[] }[];
    }>(org.token("root"), "POST", "/mailboxes/support/routing/preview", draft);
    expect(reply.status).toBe(200);
    expect(reply.body.evaluated).toBe(50);
    const keys = reply.body.conversations.map((c) => c.key);
    expect(keys[0]).toBe(`c_preview${String(SEEDED - 1).padStart(4, "0")}aa`);
    expect(keys).not.toContain("c_preview0004aa");
    expect(reply.body.firedByRule).toEqual({ invoices: 10 });
    const invoice = reply.body.conversations.find((c) => c.key === "c_preview0050aa");
    expect(invoice?.from).toBe("customer50@example.test");
    expect(invoice?.sentences).toEqual(
      expect.arrayContaining([
        "Tagged billing by rule 'Invoices'",
        "Priority set to high by rule 'Invoices'",
      ]),
    );
    // Round-robin over Ana and Ben, in arrival order: an even split.
    const assignees = reply.body.conversations.map((c) => c.assignee);
    expect(assignees.filter((a) => a === org.email("ana"))).toHaveLength(25);
    expect(assignees.filter((a) => a === org.email("ben"))).toHaveLength(25);
    expect(reply.body.conversations[0]?.sentences.at(-1)).toMatch(/^Assigned to (Ana|Ben) by round-robin/);
    expect(await snapshotConversations()).toEqual(before);
    expect(await storedRouting()).toMatchObject({ rules: [{ then: [{ type: "add_tags" }] }] });
  });

  it("is refused to an agent (403)", async () => {
    const reply = await call(org.token("ana"), "POST", "/mailboxes/support/routing/preview", routing([]));
    expect(reply.status).toBe(403);
  });
});

describe("going away hands one's open conversations back to routing", () => {
  it("a member who sets themself away has their open conversation reassigned to the other agent", async () => {
    const { messages } = makeThread(org.domain, "carol@customer.test", 1);
    const routed = await observe(org, "root", messages);
    const key = routed.conversation.key;
    // Round-robin over Ana and Ben assigned it on arrival (the routing engine, in observe).
    const owner = routed.conversation.assignee;
    expect([org.email("ana"), org.email("ben")]).toContain(owner);
    const name = owner === org.email("ana") ? "ana" : "ben";
    const other = name === "ana" ? org.email("ben") : org.email("ana");
    const away = await call(org.token(name), "PUT", "/me/availability", {
      awayUntil: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(away.status).toBe(200);
    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(doc.get("assignee")).toBe(other);
    await call(org.token(name), "PUT", "/me/availability", { awayUntil: null });
  });
});
