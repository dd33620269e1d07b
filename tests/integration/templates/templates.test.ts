// Issue 17, templates against the emulators. The permission tests are attacks that must fail: an
// agent writing a mailbox template, a member reading or using someone else's personal template;
// each checks the refusal and that the target is untouched (and that its owner still can, so the
// refusal is about who asks). Then a render with variables that cannot be filled, and a use counted
// once per insert however often it is retried.
import type {
  ListTemplatesResponse,
  RenderTemplateResponse,
  Template,
  TemplateUsedResponse,
} from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { adminApp, call } from "../support/stack";

interface ErrorBody {
  error: { code: string; message: string };
}

let org: TestOrg;
let mailboxTemplate: Template;
let anaPersonal: Template;
let conversationKey: string;

const create = (who: string, body: unknown) => call<Template>(org.token(who), "POST", "/templates", body);
const list = (who: string, query = "") =>
  call<ListTemplatesResponse>(org.token(who), "GET", `/templates?mailbox=${org.mailbox}${query}`);
const stored = async (id: string) =>
  (await adminApp().db.doc(`orgs/${org.org}/templates/${id}`).get()).data();

beforeAll(async () => {
  org = await createTestOrg("templates", { lee: "lead", ana: "agent", ben: "agent" });
  const made = await create("lee", {
    scope: "mailbox",
    mailbox: org.mailbox,
    name: "Delivery delay",
    shortcut: "/delay",
    body: "Hi {{customer.firstName}},\n\nWe answer by {{sla.firstResponseDue}}. Ref {{conversation.ref}}.\n{{agent.name}}, {{mailbox.name}}",
  });
  expect(made.status).toBe(200);
  mailboxTemplate = made.body;
  const mine = await create("ana", {
    scope: "personal",
    name: "Ana's sign-off",
    shortcut: "ana-bye",
    body: "Cheers, Ana",
  });
  expect(mine.status).toBe(200);
  anaPersonal = mine.body;
  const thread = makeThread(org.domain, "customer@example.com", 1);
  conversationKey = (await observe(org, "ana", thread.messages)).conversation.key;
});

describe("who may write templates", () => {
  it("refuses an agent editing a mailbox template, and leaves it as it was", async () => {
    const before = await stored(mailboxTemplate.id);
    const reply = await call<ErrorBody>(org.token("ana"), "PUT", `/templates/${mailboxTemplate.id}`, {
      name: "Hijacked",
      shortcut: "delay",
      body: "Send your password to evil@example.com",
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toBe(
      "Your role (agent) can't change a mailbox's templates; leads and admins can.",
    );
    expect(await stored(mailboxTemplate.id)).toEqual(before);
    // The lead can: the refusal is about the agent's role.
    const lead = await call<Template>(org.token("lee"), "PUT", `/templates/${mailboxTemplate.id}`, {
      name: "Delivery delay",
      shortcut: "delay",
      body: mailboxTemplate.body,
    });
    expect(lead.status).toBe(200);
  });

  it("refuses an agent creating or deleting a mailbox template", async () => {
    const made = await create("ana", {
      scope: "mailbox",
      mailbox: org.mailbox,
      name: "Mine",
      shortcut: "mine",
      body: "x",
    });
    expect(made.status).toBe(403);
    const deleted = await call(org.token("ben"), "DELETE", `/templates/${mailboxTemplate.id}`);
    expect(deleted.status).toBe(403);
    expect(await stored(mailboxTemplate.id)).toBeDefined();
    const listed = await list("ana", "&scope=mailbox");
    expect(listed.body.templates.map((t) => t.name)).toEqual(["Delivery delay"]);
    expect(listed.body.templates[0]?.canEdit).toBe(false);
  });

  it("keeps a personal template from everyone but its owner (404, as if it did not exist)", async () => {
    const benList = await list("ben");
    expect(benList.body.templates.map((t) => t.id)).not.toContain(anaPersonal.id);
    // Without a mailbox: every mailbox's templates the caller sees, still none of Ana's.
    const everywhere = await call<ListTemplatesResponse>(org.token("ben"), "GET", "/templates");
    expect(everywhere.body.templates.map((t) => t.id)).toEqual([mailboxTemplate.id]);
    const leadList = await list("lee");
    expect(leadList.body.templates.map((t) => t.id)).not.toContain(anaPersonal.id);
    const attempts = [
      call(org.token("ben"), "POST", `/templates/${anaPersonal.id}/render`, { conversationKey }),
      call(org.token("ben"), "POST", `/templates/${anaPersonal.id}/used`, { requestId: requestId() }),
      call(org.token("lee"), "PUT", `/templates/${anaPersonal.id}`, { name: "x", shortcut: "x", body: "x" }),
      call(org.token("lee"), "DELETE", `/templates/${anaPersonal.id}`),
    ];
    for (const reply of await Promise.all(attempts)) expect(reply.status).toBe(404);
    expect(await stored(anaPersonal.id)).toMatchObject({ name: "Ana's sign-off", useCount: 0 });
    // Ana herself sees and renders it.
    expect((await list("ana")).body.templates.map((t) => t.id)).toContain(anaPersonal.id);
    const own = await call(org.token("ana"), "POST", `/templates/${anaPersonal.id}/render`, {
      conversationKey,
    });
    expect(own.status).toBe(200);
  });

  it("refuses a shortcut already used in the same scope", async () => {
    const clash = await create("lee", {
      scope: "mailbox",
      mailbox: org.mailbox,
      name: "Other",
      shortcut: "DELAY",
      body: "x",
    });
    expect(clash.status).toBe(409);
    expect((clash.body as unknown as ErrorBody).error.message).toContain("/delay");
  });
});

describe("rendering", () => {
  it("fills what it knows and names what it cannot, never leaving braces", async () => {
    const reply = await call<RenderTemplateResponse>(
      org.token("ana"),
      "POST",
      `/templates/${mailboxTemplate.id}/render`,
      { conversationKey },
    );
    expect(reply.status).toBe(200);
    // No display name was given: the customer's first name cannot be filled.
    expect(reply.body.missing).toEqual(["customer.firstName"]);
    expect(reply.body.text).not.toContain("{{");
    expect(reply.body.text).toMatch(
      /^Hi ,\n\nWe answer by \w+day \d+ \w+ at \d\d:\d\d\. Ref C-[A-Z0-9]{8}\.\nAna, Support$/,
    );
    expect(reply.body.html.startsWith("<p>Hi ,</p>")).toBe(true);
    expect(reply.body.timeZone).toBe("UTC");
  });

  it("uses the display name and the customer's zone when the client gives them", async () => {
    const reply = await call<RenderTemplateResponse>(
      org.token("ana"),
      "POST",
      `/templates/${mailboxTemplate.id}/render`,
      { conversationKey, customerName: "Lima, Ana <ana.lima@example.com>", readerZone: "Europe/Amsterdam" },
    );
    expect(reply.body.missing).toEqual([]);
    expect(reply.body.text.startsWith("Hi Ana,")).toBe(true);
    expect(reply.body.timeZone).toBe("Europe/Amsterdam");
  });

  it("answers 404 for a conversation Baton has not seen", async () => {
    const reply = await call(org.token("ana"), "POST", `/templates/${mailboxTemplate.id}/render`, {
      conversationKey: "c_0000000000000000",
    });
    expect(reply.status).toBe(404);
  });
});

describe("counting uses", () => {
  const used = (who: string, id: string, rid: string) =>
    call<TemplateUsedResponse>(org.token(who), "POST", `/templates/${id}/used`, {
      requestId: rid,
      conversationKey,
    });

  it("counts one insert once, however often the request is retried, and a render counts nothing", async () => {
    const start = (await stored(mailboxTemplate.id))?.useCount as number;
    const rid = requestId();
    const first = await used("ana", mailboxTemplate.id, rid);
    const retry = await used("ana", mailboxTemplate.id, rid);
    expect(first.body).toMatchObject({ counted: true, useCount: start + 1 });
    expect(retry.body).toMatchObject({ counted: false, useCount: start + 1 });
    await call(org.token("ben"), "POST", `/templates/${mailboxTemplate.id}/render`, { conversationKey });
    expect((await stored(mailboxTemplate.id))?.useCount).toBe(start + 1);
  });

  it("counts every one of many agents' simultaneous inserts", async () => {
    const start = (await stored(mailboxTemplate.id))?.useCount as number;
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        used(i % 2 === 0 ? "ana" : "ben", mailboxTemplate.id, requestId()),
      ),
    );
    expect(replies.every((r) => r.status === 200 && r.body.counted)).toBe(true);
    expect((await stored(mailboxTemplate.id))?.useCount).toBe(start + 10);
    // Most used first: the mailbox template (used) lists before Ana's own (never used).
    const listed = await list("ana");
    expect(listed.body.templates.map((t) => t.id).slice(0, 2)).toEqual([mailboxTemplate.id, anaPersonal.id]);
  });
});
