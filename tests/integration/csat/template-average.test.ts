// Average CSAT per template (issue 17) on the emulators: a template used on a conversation (POST
// /templates/{id}/used with its key) is credited with the customer's answer for that cycle, once; a
// changed answer replaces its rating there as in the metric. Then the attacks: crediting a template
// with a conversation the caller cannot see, and using another org's template, are refused and
// change nothing.
import type {
  ConversationResponse,
  ListTemplatesResponse,
  MailboxResponse,
  Template,
  TemplateUsedResponse,
} from "@baton/shared";
import {
  ALWAYS_OPEN,
  createTestOrg,
  makeThread,
  observe,
  requestId,
  TEST_POLICY,
  type TestOrg,
} from "../support/fixtures";
import { adminApp, apiBase, call } from "../support/stack";

interface ErrorBody {
  error: { code: string; message: string };
}

async function enableSurveys(o: TestOrg): Promise<void> {
  const put = await call<MailboxResponse>(o.token("admin"), "PUT", "/mailboxes/support", {
    address: o.mailbox,
    name: "Support",
    policy: TEST_POLICY,
    calendar: ALWAYS_OPEN,
    routing: { agents: [], onCall: null },
    csat: { enabled: true, language: "en" },
  });
  expect(put.status).toBe(200);
}

async function createTemplate(o: TestOrg, who: string, body: Record<string, unknown>): Promise<Template> {
  const made = await call<Template>(o.token(who), "POST", "/templates", body);
  expect(made.status).toBe(200);
  return made.body;
}

async function newConversation(o: TestOrg, customer: string): Promise<string> {
  const { messages } = makeThread(o.domain, `${customer}@customer-${o.org}.test`, 1);
  return (await observe(o, "ana", messages)).conversation.key;
}

const used = (o: TestOrg, who: string, id: string, conversationKey: string, rid = requestId()) =>
  call<TemplateUsedResponse | ErrorBody>(o.token(who), "POST", `/templates/${id}/used`, {
    requestId: rid,
    conversationKey,
  });

/** Claims and resolves as Ana; answers the survey link with rating r (any r, by rewriting it). */
async function resolve(o: TestOrg, key: string): Promise<(r: number) => Promise<number>> {
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
  const surveys = await adminApp().db.collection(`orgs/${o.org}/conversations/${key}/csat`).get();
  expect(surveys.docs).toHaveLength(1);
  const mail = await adminApp().db.doc(`mail/${o.org}.csat.${key}.${surveys.docs[0]!.id}`).get();
  const query = /\/csat\?(\S+)/.exec(String(mail.get("message.text")))![1]!;
  const csatBase = (await apiBase()).replace(/\/api\/v1$/, "/csat");
  return async (r) => (await fetch(`${csatBase}?${query.replace(/&r=\d$/, `&r=${r}`)}`)).status;
}

describe("average CSAT per template", () => {
  let o: TestOrg;
  let templateA: Template;
  let templateB: Template;

  const listed = async (id: string) => {
    const reply = await call<ListTemplatesResponse>(o.token("ana"), "GET", `/templates?mailbox=${o.mailbox}`);
    expect(reply.status).toBe(200);
    return reply.body.templates.find((t) => t.id === id);
  };

  beforeAll(async () => {
    o = await createTestOrg("tpl-csat", { admin: "admin", lee: "lead", ana: "agent" });
    await enableSurveys(o);
    const mailboxTemplate = { scope: "mailbox", mailbox: o.mailbox, body: "Hi {{customer.firstName}}" };
    templateA = await createTemplate(o, "lee", { ...mailboxTemplate, name: "Refund", shortcut: "refund" });
    templateB = await createTemplate(o, "lee", { ...mailboxTemplate, name: "Late", shortcut: "late" });
  });

  it("credits each cycle's answer once, replaces a changed answer, and averages across conversations", async () => {
    expect((await listed(templateA.id))?.csat).toBeNull();

    const x = await newConversation(o, "xena");
    const first = requestId();
    expect((await used(o, "ana", templateA.id, x, first)).status).toBe(200);
    // A retried request and a second insert in the same cycle: the answer still counts once.
    expect((await used(o, "ana", templateA.id, x, first)).status).toBe(200);
    expect((await used(o, "ana", templateA.id, x)).status).toBe(200);
    const answerX = await resolve(o, x);

    expect(await answerX(4)).toBe(200);
    expect((await listed(templateA.id))?.csat).toEqual({ count: 1, average: 4 });
    // The customer changes their mind: one answer, now a 2; the same click again changes nothing.
    expect(await answerX(2)).toBe(200);
    expect(await answerX(2)).toBe(200);
    expect((await listed(templateA.id))?.csat).toEqual({ count: 1, average: 2 });
    expect((await listed(templateB.id))?.csat).toBeNull();

    const y = await newConversation(o, "yuri");
    expect((await used(o, "ana", templateA.id, y)).status).toBe(200);
    const answerY = await resolve(o, y);
    expect(await answerY(5)).toBe(200);
    expect((await listed(templateA.id))?.csat).toEqual({ count: 2, average: 3.5 });
    expect((await listed(templateA.id))?.useCount).toBe(3);
  });

  it("credits a template used after the answer with that answer, and follows a later change", async () => {
    const z = await newConversation(o, "zoe");
    const answerZ = await resolve(o, z);
    expect(await answerZ(3)).toBe(200);
    expect((await listed(templateB.id))?.csat).toBeNull();
    expect((await used(o, "ana", templateB.id, z)).status).toBe(200);
    expect((await listed(templateB.id))?.csat).toEqual({ count: 1, average: 3 });
    expect(await answerZ(1)).toBe(200);
    expect((await listed(templateB.id))?.csat).toEqual({ count: 1, average: 1 });
  });
});

describe("who may credit a template with a conversation (attacks that must fail)", () => {
  let o: TestOrg;
  let hiddenKey: string;

  const stored = async (org: string, id: string) =>
    (await adminApp().db.doc(`orgs/${org}/templates/${id}`).get()).data();
  const cycleLists = async (org: string, key: string) =>
    (await adminApp().db.collection(`orgs/${org}/conversations/${key}/csatTemplates`).get()).docs.map(
      (d) => d.get("templateIds") as unknown,
    );

  beforeAll(async () => {
    o = await createTestOrg("tpl-csat-attack", { admin: "admin", ana: "agent", ben: "agent" });
    // Only Ben is listed on the mailbox; with "members" visibility Ana does not see its conversations.
    // Set before the org's first request, so no cached directory holds the old routing.
    await adminApp()
      .db.doc(`orgs/${o.org}/mailboxes/support`)
      .update({ routing: { agents: [o.email("ben")], onCall: null } });
    const { messages } = makeThread(o.domain, `dan@customer-${o.org}.test`, 1);
    hiddenKey = (await observe(o, "ben", messages)).conversation.key;
    const saved = await call(o.token("admin"), "PUT", "/org/settings", {
      redaction: { cards: true, ibans: true, patterns: [] },
      retentionDays: null,
      mailboxVisibility: "members",
    });
    expect(saved.status).toBe(200);
  });

  it("refuses crediting a template with a conversation of a mailbox the caller cannot see", async () => {
    // Ana's own template, which she may use: the refusal is about the conversation.
    const mine = await createTemplate(o, "ana", {
      scope: "personal",
      name: "Ana's sign-off",
      shortcut: "ana-bye",
      body: "Cheers, Ana",
    });
    const attack = await used(o, "ana", mine.id, hiddenKey);
    expect(attack.status).toBe(404);
    expect((attack.body as ErrorBody).error.code).toBe("not_found");
    // Nothing counted, nothing remembered: her template would otherwise average that conversation's answers.
    expect(await stored(o.org, mine.id)).toMatchObject({ useCount: 0 });
    expect(await cycleLists(o.org, hiddenKey)).toEqual([]);

    // Ben, who sees the mailbox, credits his own template the same way: the route is open to him.
    const his = await createTemplate(o, "ben", {
      scope: "personal",
      name: "Ben's sign-off",
      shortcut: "ben-bye",
      body: "Cheers, Ben",
    });
    expect((await used(o, "ben", his.id, hiddenKey)).status).toBe(200);
    expect(await cycleLists(o.org, hiddenKey)).toEqual([[his.id]]);
  });

  it("refuses using another org's template, even on that org's conversation", async () => {
    const other = await createTestOrg("tpl-csat-other", { admin: "admin", eve: "agent" });
    const theirs = await createTemplate(o, "ben", {
      scope: "personal",
      name: "Ben's other",
      shortcut: "ben-other",
      body: "Bye",
    });
    const before = await stored(o.org, theirs.id);
    const attack = await used(other, "eve", theirs.id, hiddenKey);
    expect(attack.status).toBe(404);
    expect(await stored(o.org, theirs.id)).toEqual(before);
    expect(await cycleLists(o.org, hiddenKey)).not.toContainEqual(expect.arrayContaining([theirs.id]));
  });
});
