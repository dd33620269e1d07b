import { DEFAULT_SLA_POLICY, type DomainError } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { ApiFailure } from "../http/types";
import { adminHandlers } from "./admin";
import type { ServerDeps } from "./deps";
import { escalationHandlers, mergeChannelUrl, mergeWebhookSecrets } from "./escalation";

// The team and the mailbox come from the stores; what is under test is the refusal before any write.
const writes: string[] = [];
jest.mock("../store/directory", () => ({
  forgetDirectory: () => undefined,
  teamOf: () =>
    Promise.resolve([
      { email: "root@acme.test", name: "Root", role: "admin" },
      { email: "lead@acme.test", name: "Lead", role: "lead" },
    ]),
  mailboxesOf: () => Promise.resolve([]),
}));
jest.mock("../store/mailboxes", () => ({
  putMailbox: (_db: unknown, _org: string, id: string) => {
    writes.push(`mailbox ${id}`);
    return Promise.resolve({ id });
  },
  readMailboxWithHolidays: (_db: unknown, _org: string, id: string) =>
    Promise.resolve({ mailbox: { id, calendar: { holidays: [] } }, holidays: null }),
}));
jest.mock("../sla/settings", () => ({
  putEscalationSettings: () => {
    writes.push("escalation");
    return Promise.resolve(null);
  },
  loadEscalationSettings: () => Promise.resolve({ policy: { rules: [], leads: [] }, rota: null }),
  loadChannelTargets: () => Promise.resolve({ slack: null, teams: null, webhooks: [] }),
}));

const deps = { db: {} as unknown as Firestore } as ServerDeps;
const root = { email: "root@acme.test", org: "acme", role: "admin" } as Principal;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const mailbox = (onCall: string | null, agents: string[] = []) => ({
  address: "support@acme.test",
  name: "Support",
  policy: DEFAULT_SLA_POLICY,
  calendar: { timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]] as Array<[string, string]> } },
  routing: { agents, onCall },
});

const putMailbox = (body: ReturnType<typeof mailbox>) =>
  adminHandlers(deps).putMailbox({
    principal: root,
    params: { id: "support" },
    body,
    query: undefined,
    nowMs: 0,
  });

beforeEach(() => {
  writes.length = 0;
});

describe("on-call and agents are checked like leads: members of the org", () => {
  it("refuses an on-call outside the org with 400 naming the address, and writes nothing", async () => {
    const error = await refusal(putMailbox(mailbox("mallory@elsewhere.test")));
    expect(error).toEqual({
      code: "invalid_request",
      message: "mallory@elsewhere.test is not a member of this organisation; add them under Members first.",
      key: "errors.notOrgMember",
      params: { email: "mallory@elsewhere.test" },
      details: { field: "routing.onCall" },
    });
    expect(writes).toEqual([]);
  });

  it("refuses an agent outside the org at routing.agents", async () => {
    const error = await refusal(putMailbox(mailbox(null, ["lead@acme.test", "eve@elsewhere.test"])));
    expect(error.details).toEqual({ field: "routing.agents" });
    expect(error.message).toContain("eve@elsewhere.test");
  });

  it("saves a mailbox whose on-call and agents are members (control)", async () => {
    await putMailbox(mailbox("lead@acme.test", ["root@acme.test"]));
    expect(writes).toEqual(["mailbox support"]);
  });

  it("refuses a lead outside the org with the same sentence, at policy.leads", async () => {
    const put = escalationHandlers(deps).putEscalationSettings({
      principal: root,
      params: { id: "support" },
      body: { policy: { rules: [], leads: ["mallory@elsewhere.test"] }, rota: null },
      query: undefined,
      nowMs: 0,
    });
    expect(await refusal(put)).toEqual({
      code: "invalid_request",
      message: "mallory@elsewhere.test is not a member of this organisation; add them under Members first.",
      key: "errors.notOrgMember",
      params: { email: "mallory@elsewhere.test" },
      details: { field: "policy.leads" },
    });
    expect(writes).toEqual([]);
  });

  it("names a broken rule's field as a request path (policy.rules.0.channels)", async () => {
    const put = escalationHandlers(deps).putEscalationSettings({
      principal: root,
      params: { id: "support" },
      body: {
        policy: { rules: [{ id: "b", trigger: "breached", notify: ["leads"], channels: [] }], leads: [] },
        rota: null,
      },
      query: undefined,
      nowMs: 0,
    });
    expect((await refusal(put)).details).toMatchObject({ field: "policy.rules.0.channels" });
  });
});

describe("channels sent without a URL keep the stored one", () => {
  it("keeps Slack's stored URL for {}, replaces it for {url}, removes it for null", () => {
    const stored = { url: "https://hooks.slack.com/services/T/B/x" };
    expect(mergeChannelUrl("slack", {}, stored)).toEqual(stored);
    expect(mergeChannelUrl("slack", { url: "https://hooks.slack.com/services/T/B/y" }, stored)).toEqual({
      url: "https://hooks.slack.com/services/T/B/y",
    });
    expect(mergeChannelUrl("slack", null, stored)).toBeNull();
    expect(mergeChannelUrl("teams", {}, null)).toMatchObject({ details: { field: "teams.url" } });
  });

  it("keeps a webhook's stored URL when sent without one, and asks a new webhook for its URL", () => {
    const stored = [{ id: "ops", url: "https://ops.test/", secret: "stored-secret-0123456789" }];
    expect(mergeWebhookSecrets([{ id: "ops" }], stored)).toEqual(stored);
    expect(mergeWebhookSecrets([{ id: "new", secret: "fresh-secret-0123456789" }], stored)).toMatchObject({
      details: { field: "webhooks.0.url" },
    });
  });
});
