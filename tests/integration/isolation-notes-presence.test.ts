import type { ConversationResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

describe("org isolation", () => {
  let a: TestOrg;
  let b: TestOrg;
  let key: string;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      createTestOrg("iso-a", { ana: "admin" }),
      createTestOrg("iso-b", { bob: "admin" }),
    ]);
    key = (await observe(a, "ana", makeThread(a.domain, "c@customer.test", 1).messages)).conversation.key;
  });

  it("gives a member of another org nothing of this org's conversation, through any endpoint", async () => {
    const token = b.token("bob");
    const attempts = [
      call(token, "GET", `/conversations/${key}`),
      call(token, "GET", `/conversations/${key}/notes`),
      call(token, "GET", `/conversations/${key}/sla`),
      call(token, "POST", `/conversations/${key}/claim`, { requestId: requestId() }),
      call(token, "POST", `/conversations/${key}/notes`, { body: "hi", requestId: requestId() }),
      call(token, "POST", `/conversations/${key}/presence`, { state: "viewing" }),
      call(token, "POST", `/conversations/${key}/assign`, {
        assignee: b.email("bob"),
        requestId: requestId(),
      }),
    ];
    for (const reply of await Promise.all(attempts)) {
      expect([403, 404, 400]).toContain(reply.status);
      expect(JSON.stringify(reply.body)).not.toContain(a.domain);
    }
    const doc = await adminApp().db.doc(`orgs/${a.org}/conversations/${key}`).get();
    expect(doc.get("assignee")).toBeNull();
    // Ana is there (observing records her as viewing); Bob's heartbeat must not have landed.
    const viewers = await adminApp().db.collection(`orgs/${a.org}/conversations/${key}/viewers`).get();
    expect(viewers.docs.map((d) => d.id)).toEqual([a.email("ana")]);
  });

  it("does not let another org's admin take over this org's members or see its queue", async () => {
    const takeover = await call(b.token("bob"), "PUT", `/members/${a.email("ana")}`, { role: "viewer" });
    expect(takeover.status).toBe(409);
    const member = await adminApp()
      .db.doc(`orgs/${a.org}/members/${a.email("ana")}`)
      .get();
    expect(member.get("role")).toBe("admin");
    const account = await adminApp()
      .db.doc(`accounts/${a.email("ana")}`)
      .get();
    expect(account.get("org")).toBe(a.org);

    const queue = await call<{ items: Array<{ key: string }> }>(b.token("bob"), "GET", "/queue");
    expect(queue.body.items.map((i) => i.key)).not.toContain(key);
  });
});

describe("notes and presence", () => {
  let org: TestOrg;
  let key: string;

  beforeAll(async () => {
    org = await createTestOrg("notes", { ana: "agent", ben: "agent", lead: "lead", viewer: "viewer" });
    key = (await observe(org, "ana", makeThread(org.domain, "c@customer.test", 1).messages)).conversation.key;
  });

  it("redacts card numbers, IBANs and the org's patterns before storing, and records @mentions", async () => {
    const body =
      "@ben customer paid with 4111 1111 1111 1111, refund to NL91 ABNA 0417 1643 00 — see TICKET-4711. cc @lead";
    const reply = await call<ConversationResponse>(org.token("ana"), "POST", `/conversations/${key}/notes`, {
      body,
      requestId: requestId(),
    });
    expect(reply.status).toBe(200);
    const note = reply.body.conversation.notes.at(-1)!;
    expect(note.body).not.toContain("4111 1111 1111 1111");
    expect(note.body).not.toContain("NL91 ABNA 0417 1643 00");
    expect(note.body).not.toContain("TICKET-4711");
    expect(note.body).toContain("customer paid with");
    expect(note.mentions).toEqual([org.email("ben"), org.email("lead")]);

    // What is stored, not just what is answered: the log and the projection hold no card number.
    const events = await adminApp().db.collection(`orgs/${org.org}/conversations/${key}/events`).get();
    const stored = JSON.stringify(events.docs.map((d) => d.data()));
    expect(stored).not.toContain("4111 1111 1111 1111");
    expect(stored).toContain("note_added");
    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(JSON.stringify(doc.data())).not.toContain("TICKET-4711");
  });

  it("edits and deletes notes by their author, and lists them", async () => {
    const created = await call<ConversationResponse>(
      org.token("ben"),
      "POST",
      `/conversations/${key}/notes`,
      {
        body: "first draft",
        requestId: requestId(),
      },
    );
    const id = created.body.conversation.notes.at(-1)!.id;
    const notOwner = await call(org.token("ana"), "PATCH", `/conversations/${key}/notes/${id}`, {
      body: "rewritten",
      requestId: requestId(),
    });
    expect(notOwner.status).toBe(409);
    const edited = await call<ConversationResponse>(
      org.token("ben"),
      "PATCH",
      `/conversations/${key}/notes/${id}`,
      {
        body: "final text",
        requestId: requestId(),
      },
    );
    expect(edited.body.conversation.notes.find((n) => n.id === id)?.body).toBe("final text");
    const listed = await call<{ notes: Array<{ id: string }> }>(
      org.token("viewer"),
      "GET",
      `/conversations/${key}/notes`,
    );
    expect(listed.body.notes.map((n) => n.id)).toContain(id);
    const deleted = await call<ConversationResponse>(
      org.token("ben"),
      "DELETE",
      `/conversations/${key}/notes/${id}?requestId=${requestId()}`,
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body.conversation.notes.map((n) => n.id)).not.toContain(id);
    const viewerNote = await call(org.token("viewer"), "POST", `/conversations/${key}/notes`, {
      body: "can I?",
      requestId: requestId(),
    });
    expect(viewerNote.status).toBe(403);
  });

  it("shows who else is viewing or replying, and forgets them after 60 s", async () => {
    // Observing a thread counts as viewing it: Ana observed in beforeAll, without a heartbeat.
    const beforeHeartbeat = await call<ConversationResponse>(
      org.token("ben"),
      "GET",
      `/conversations/${key}`,
    );
    expect(beforeHeartbeat.body.view.presence).toEqual([
      expect.objectContaining({ email: org.email("ana"), state: "viewing" }),
    ]);
    await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}/viewers/${org.email("ana")}`)
      .delete();

    const heartbeat = await call<{ presence: Array<{ email: string; state: string }> }>(
      org.token("ben"),
      "POST",
      `/conversations/${key}/presence`,
      { state: "replying" },
    );
    expect(heartbeat.status).toBe(200);
    expect(heartbeat.body.presence).toEqual([
      expect.objectContaining({ email: org.email("ben"), state: "replying" }),
    ]);

    const seenByAna = await call<ConversationResponse>(org.token("ana"), "GET", `/conversations/${key}`);
    expect(seenByAna.body.view.presence.map((p) => p.email)).toEqual([org.email("ben")]);
    expect(seenByAna.body.view.presenceLine).toMatch(/Ben/);
    // Ben does not see himself.
    const seenByBen = await call<ConversationResponse>(org.token("ben"), "GET", `/conversations/${key}`);
    expect(seenByBen.body.view.presence).toEqual([]);

    // A heartbeat older than the window no longer counts.
    await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}/viewers/${org.email("ben")}`)
      .update({ at: Date.now() - 61_000 });
    const later = await call<ConversationResponse>(org.token("ana"), "GET", `/conversations/${key}`);
    expect(later.body.view.presence).toEqual([]);
  });

  it("explains the SLA clocks", async () => {
    const reply = await call<{
      sla: { clocks: unknown[] };
      history: Array<{ kind: string; explanation: string[] }>;
    }>(org.token("ana"), "GET", `/conversations/${key}/sla`);
    expect(reply.status).toBe(200);
    expect(reply.body.history.find((c) => c.kind === "first_response")?.explanation.length).toBeGreaterThan(
      0,
    );
  });
});
