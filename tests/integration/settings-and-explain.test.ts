// SLA explain, a mailbox's escalation settings (rules, rota, channels, holidays), the owner's name on
// already_claimed, presence recorded by observe, and the last-admin guard — against the emulators.
import type { ConversationResponse, EscalationSettingsResponse, SlaExplanation } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe("GET /conversations/{key}/sla explain", () => {
  it("names the starting message, the holder and why the clock paused", async () => {
    const org = await createTestOrg("explain", { ana: "agent" });
    const thread = makeThread(org.domain, "c@customer.test", 1);
    const key = (await observe(org, "ana", thread.messages)).conversation.key;
    const claim = await call(org.token("ana"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(claim.status).toBe(200);
    const pending = await call(org.token("ana"), "POST", `/conversations/${key}/status`, {
      status: "pending",
      requestId: requestId(),
    });
    expect(pending.status).toBe(200);

    const reply = await call<{ explain: SlaExplanation }>(
      org.token("ana"),
      "GET",
      `/conversations/${key}/sla`,
    );
    expect(reply.status).toBe(200);
    const first = reply.body.explain.clocks.find((c) => c.clock.kind === "first_response");
    expect(first?.startedBy?.messageId).toBe(thread.ids[0]?.replace(/^<|>$/g, ""));
    expect(first?.holders.map((h) => h.assignee)).toContain(org.email("ana"));
    expect(first?.clock.pausedReason).toBe("pending");
    expect(first?.lines.some((line) => line.includes("waiting on customer"))).toBe(true);
    expect(reply.body.explain.timeZone).toBe("UTC");
  });
});

const POLICY = {
  leads: [] as string[],
  rules: [
    { id: "breach", trigger: "breached", notify: ["assignee", "leads"], channels: ["email", "webhook"] },
    { id: "still", trigger: "still_breached", afterMinutes: 30, notify: ["on_call"], channels: ["slack"] },
  ],
};

describe("escalation settings", () => {
  let org: TestOrg;
  const path = (what: string) => `/mailboxes/support/${what}`;

  beforeAll(async () => {
    org = await createTestOrg("escal", { root: "admin", ana: "agent", lead: "lead" });
  });

  it("is for admins only", async () => {
    for (const name of ["ana", "lead"]) {
      expect((await call(org.token(name), "GET", path("escalation"))).status).toBe(403);
      const put = await call(org.token(name), "PUT", path("escalation"), { policy: POLICY, rota: null });
      expect(put.status).toBe(403);
    }
    expect((await call(org.token("root"), "GET", "/mailboxes/nope/escalation")).status).toBe(404);
  });

  it("stores valid rules and rota, and refuses broken ones with a sentence", async () => {
    const rota = {
      timeZone: "Europe/Amsterdam",
      members: [org.email("ana"), org.email("lead")],
      anchorDate: "2026-01-05",
      handover: "09:00",
      overrides: [],
    };
    const ok = await call<EscalationSettingsResponse>(org.token("root"), "PUT", path("escalation"), {
      policy: POLICY,
      rota,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.policy.rules.map((r) => r.id)).toEqual(["breach", "still"]);
    const stored = await adminApp().db.doc(`orgs/${org.org}/escalations/support`).get();
    expect(stored.get("rota.members")).toEqual(rota.members);

    const twice = await call<ErrorBody>(org.token("root"), "PUT", path("escalation"), {
      policy: { ...POLICY, rules: [POLICY.rules[0], POLICY.rules[0]] },
      rota: null,
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/Two rules are called "breach"/);

    const badZone = await call<ErrorBody>(org.token("root"), "PUT", path("escalation"), {
      policy: POLICY,
      rota: { ...rota, timeZone: "Mars/Olympus" },
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.message).toMatch(/time zone/i);

    const stranger = await call<ErrorBody>(org.token("root"), "PUT", path("escalation"), {
      policy: POLICY,
      rota: { ...rota, members: ["someone@elsewhere.test"] },
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toMatch(/not a member/);
    // The refused writes left the stored settings as they were.
    const after = await adminApp().db.doc(`orgs/${org.org}/escalations/support`).get();
    expect(after.get("rota.members")).toEqual(rota.members);
  });

  it("keeps channel credentials out of responses and where notify reads them", async () => {
    const secret = "s3cret-signing-key-0123456789";
    const slack = "https://hooks.slack.com/services/T000/B000/XXXXXXXX";
    const put = await call<EscalationSettingsResponse>(org.token("root"), "PUT", path("channels"), {
      slack: { url: slack },
      webhooks: [{ id: "ops", url: "https://ops.example.test/hook?token=abc", secret }],
    });
    expect(put.status).toBe(200);
    expect(put.body.channels).toEqual({
      slack: { configured: true, host: "hooks.slack.com" },
      teams: null,
      webhooks: [{ id: "ops", host: "ops.example.test", hasSecret: true }],
    });
    const text = JSON.stringify(put.body);
    for (const leak of [secret, "XXXXXXXX", "token=abc"]) expect(text).not.toContain(leak);

    const doc = await adminApp().db.doc(`secrets/${org.org}/channels/support`).get();
    expect(doc.get("webhooks")).toEqual([
      { id: "ops", url: "https://ops.example.test/hook?token=abc", secret },
    ]);

    // Editing the URL without re-typing the secret keeps it; a new webhook must bring one.
    const moved = await call(org.token("root"), "PUT", path("channels"), {
      webhooks: [{ id: "ops", url: "https://ops2.example.test/hook" }],
    });
    expect(moved.status).toBe(200);
    const movedDoc = await adminApp().db.doc(`secrets/${org.org}/channels/support`).get();
    expect(movedDoc.get("webhooks")).toEqual([{ id: "ops", url: "https://ops2.example.test/hook", secret }]);
    expect(movedDoc.get("slack")).toBeNull();
    const unsigned = await call<ErrorBody>(org.token("root"), "PUT", path("channels"), {
      webhooks: [{ id: "new-one", url: "https://x.example.test/" }],
    });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.message).toMatch(/give it a secret/);

    const read = await call<EscalationSettingsResponse>(org.token("root"), "GET", path("escalation"));
    expect(JSON.stringify(read.body)).not.toContain(secret);
  });

  it("merges a country's public holidays into the calendar and takes them out again", async () => {
    const year = new Date().getUTCFullYear();
    const nl = await call<EscalationSettingsResponse>(org.token("root"), "PUT", path("holidays"), {
      country: "nl",
      recompute: true,
    });
    expect(nl.status).toBe(200);
    expect(nl.body.holidays?.country).toBe("NL");
    expect(nl.body.calendarHolidays).toContain(`${year}-12-25`);
    expect(nl.body.calendarHolidays).toContain(`${year}-04-27`); // King's Day: Dutch, not German
    const mailbox = await adminApp().db.doc(`orgs/${org.org}/mailboxes/support`).get();
    expect(mailbox.get("calendar.holidays")).toContain(`${year}-12-25`);
    const choices = await adminApp().db.collection(`orgs/${org.org}/mailboxes/support/recomputes`).get();
    expect(choices.docs.map((d) => d.get("recompute") as unknown)).toContain(true);

    const de = await call<EscalationSettingsResponse>(org.token("root"), "PUT", path("holidays"), {
      country: "DE",
      region: "BY",
      recompute: false,
    });
    expect(de.status).toBe(200);
    expect(de.body.calendarHolidays).toContain(`${year}-10-03`);
    expect(de.body.calendarHolidays).not.toContain(`${year}-04-27`);

    const unknown = await call<ErrorBody>(org.token("root"), "PUT", path("holidays"), {
      country: "ZZ",
      recompute: false,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/No public holidays are known for ZZ/);

    const off = await call<EscalationSettingsResponse>(org.token("root"), "PUT", path("holidays"), {
      country: null,
      recompute: false,
    });
    expect(off.body.holidays).toBeNull();
    expect(off.body.calendarHolidays).toEqual([]);
  });
});

describe("small asks from the sidebars", () => {
  it("names the owner in already_claimed and shows an observer as viewing", async () => {
    const org = await createTestOrg("asks", { ana: "agent", ben: "agent" });
    const key = (await observe(org, "ana", makeThread(org.domain, "c@customer.test", 1).messages))
      .conversation.key;
    await call(org.token("ana"), "POST", `/conversations/${key}/claim`, { requestId: requestId() });
    const refused = await call<ErrorBody>(org.token("ben"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toMatchObject({ owner: org.email("ana"), ownerName: "Ana" });

    // Ben's sidebar only observed the thread (no heartbeat): Ana still sees him.
    const messages = makeThread(org.domain, "d@customer.test", 1).messages;
    const other = (await observe(org, "ben", messages, "outlook")).conversation.key;
    const seen = await call<ConversationResponse>(org.token("ana"), "GET", `/conversations/${other}`);
    expect(seen.body.view.presence).toEqual([
      expect.objectContaining({ email: org.email("ben"), state: "viewing" }),
    ]);
  });
});

describe("the last admin", () => {
  it("can be neither demoted nor removed until someone else is an admin", async () => {
    const org = await createTestOrg("lastadm", { root: "admin", ana: "agent" });
    const demote = await call<ErrorBody>(org.token("root"), "PUT", `/members/${org.email("root")}`, {
      role: "agent",
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/last admin/);
    const remove = await call<ErrorBody>(org.token("root"), "DELETE", `/members/${org.email("root")}`);
    expect(remove.status).toBe(409);
    const stored = await adminApp()
      .db.doc(`orgs/${org.org}/members/${org.email("root")}`)
      .get();
    expect(stored.get("role")).toBe("admin");

    expect((await call(org.token("ana"), "DELETE", `/members/${org.email("root")}`)).status).toBe(403);
    const promoted = await call(org.token("root"), "PUT", `/members/${org.email("ana")}`, { role: "admin" });
    expect(promoted.status).toBe(200);
    const stepDown = await call(org.token("root"), "PUT", `/members/${org.email("root")}`, { role: "agent" });
    expect(stepDown.status).toBe(200);
    // Now Ana is the last admin; removing Root (an agent now) is fine.
    const removed = await call(org.token("ana"), "DELETE", `/members/${org.email("root")}`);
    expect(removed.status).toBe(200);
    const gone = await adminApp()
      .db.doc(`orgs/${org.org}/members/${org.email("root")}`)
      .get();
    expect(gone.exists).toBe(false);
    expect(
      (
        await adminApp()
          .db.doc(`accounts/${org.email("root")}`)
          .get()
      ).exists,
    ).toBe(false);
    const lastOne = await call(org.token("ana"), "PUT", `/members/${org.email("ana")}`, { role: "lead" });
    expect(lastOne.status).toBe(409);
  });
});
