// "Ana is replying" (issue 17): one presence document per person, so a read pane's `viewing` beat must
// not overwrite the `replying` her compose pane holds; once that expires, viewing counts again.
import type { PresenceResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

describe("replying outranks viewing for the same person", () => {
  let org: TestOrg;
  let key: string;

  beforeAll(async () => {
    org = await createTestOrg("replying", { ana: "agent", ben: "agent" });
    const { messages } = makeThread(org.domain, `dan@customer-${org.org}.test`, 1, Date.now() - 60_000);
    key = (await observe(org, "ana", messages)).conversation.key;
  });

  const stateOf = (reply: { body: PresenceResponse }, email: string) =>
    reply.body.presence.find((entry) => entry.email === email)?.state;
  const beat = (member: string, state: "viewing" | "replying") =>
    call<PresenceResponse>(org.token(member), "POST", `/conversations/${key}/presence`, { state });

  it("keeps Ana 'replying' while her read pane keeps saying 'viewing'", async () => {
    await beat("ana", "replying");
    const after = await beat("ana", "viewing");
    expect(after.status).toBe(200);
    expect(stateOf(after, org.email("ana"))).toBe("replying");
  });

  it("lets 'viewing' count again once the replying beat has expired", async () => {
    const at = Date.now() - 16_000;
    await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}/viewers/${org.email("ben")}`)
      .set({ email: org.email("ben"), state: "replying", at, expiresAt: at + 15_000 });
    const after = await beat("ben", "viewing");
    expect(stateOf(after, org.email("ben"))).toBe("viewing");
  });
});
