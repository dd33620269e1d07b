// Issue 19: on-call accepted an address outside the org while leads refused one. Both (and a
// mailbox's agents) are now checked the same way against the emulators: 400 with a sentence naming
// the address and the field; nothing stored. Also: a channel sent without a URL keeps the stored one.
import { ALWAYS_OPEN, createTestOrg, TEST_POLICY, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("members-only", { root: "admin", lee: "lead" });
});

const mailbox = (routing: { agents: string[]; onCall: string | null }) => ({
  address: org.mailbox,
  name: "Support",
  policy: TEST_POLICY,
  calendar: ALWAYS_OPEN,
  routing,
});

describe("people named in settings are members of the org", () => {
  it("refuses an on-call outside the org with 400 naming the address, and stores nothing", async () => {
    const put = await call<ErrorBody>(
      org.token("root"),
      "PUT",
      "/mailboxes/support",
      mailbox({ agents: [], onCall: "mallory@elsewhere.test" }),
    );
    expect(put.status).toBe(400);
    expect(put.body.error.message).toBe(
      "mallory@elsewhere.test is not a member of this organisation; add them under Members first.",
    );
    expect(put.body.error.details).toMatchObject({ field: "routing.onCall" });
    const stored = await adminApp().db.doc(`orgs/${org.org}/mailboxes/support`).get();
    expect(stored.get("routing.onCall")).toBeNull();
  });

  it("refuses an agent outside the org, and takes members (control)", async () => {
    const agent = await call<ErrorBody>(
      org.token("root"),
      "PUT",
      "/mailboxes/support",
      mailbox({ agents: [org.email("lee"), "eve@elsewhere.test"], onCall: null }),
    );
    expect(agent.status).toBe(400);
    expect(agent.body.error.details).toMatchObject({ field: "routing.agents" });
    const ok = await call(
      org.token("root"),
      "PUT",
      "/mailboxes/support",
      mailbox({ agents: [org.email("lee")], onCall: org.email("lee") }),
    );
    expect(ok.status).toBe(200);
  });

  it("refuses a lead outside the org with the same sentence", async () => {
    const put = await call<ErrorBody>(org.token("root"), "PUT", "/mailboxes/support/escalation", {
      policy: { rules: [], leads: ["mallory@elsewhere.test"] },
      rota: null,
    });
    expect(put.status).toBe(400);
    expect(put.body.error.message).toBe(
      "mallory@elsewhere.test is not a member of this organisation; add them under Members first.",
    );
    expect(put.body.error.details).toMatchObject({ field: "policy.leads" });
  });
});

describe("channels edited from the form", () => {
  it("keeps the stored Slack URL when sent without one, and removes it for null", async () => {
    const slack = "https://hooks.slack.com/services/T000/B000/KEEPME";
    const path = "/mailboxes/support/channels";
    expect((await call(org.token("root"), "PUT", path, { slack: { url: slack } })).status).toBe(200);
    const kept = await call(org.token("root"), "PUT", path, { slack: {} });
    expect(kept.status).toBe(200);
    const doc = () => adminApp().db.doc(`secrets/${org.org}/channels/support`).get();
    expect((await doc()).get("slack")).toEqual({ url: slack });
    expect((await call(org.token("root"), "PUT", path, { slack: null })).status).toBe(200);
    expect((await doc()).get("slack")).toBeNull();
    const nothing = await call<ErrorBody>(org.token("root"), "PUT", path, { teams: {} });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.details).toMatchObject({ field: "teams.url" });
  });
});
