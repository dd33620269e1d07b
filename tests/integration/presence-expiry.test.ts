// Presence ends within 15 s of leaving (issue 19): a heartbeat carries the server's expiry, readers
// drop an expired one, and leaving deletes it at once.
import type { PresenceResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

describe("presence expiry", () => {
  let org: TestOrg;
  let key: string;

  beforeAll(async () => {
    org = await createTestOrg("presence", { ana: "agent", ben: "agent" });
    const { messages } = makeThread(org.domain, `dan@customer-${org.org}.test`, 1, Date.now() - 60_000);
    key = (await observe(org, "ana", messages)).conversation.key;
  });

  const viewers = (reply: { body: PresenceResponse }) => reply.body.presence.map((p) => p.email).sort();

  it("stamps an expiry 15 s after the heartbeat", async () => {
    const before = Date.now();
    const beat = await call(org.token("ana"), "POST", `/conversations/${key}/presence`, { state: "viewing" });
    expect(beat.status).toBe(200);
    const doc = await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}/viewers/${org.email("ana")}`)
      .get();
    expect(doc.get("expiresAt") - doc.get("at")).toBe(15_000);
    expect(doc.get("at")).toBeGreaterThanOrEqual(before - 5_000);
  });

  it("drops a heartbeat older than 15 s (the pane that left without saying so)", async () => {
    // Ben's last heartbeat was 16 s ago; under the old 60 s window he would still be "viewing".
    const at = Date.now() - 16_000;
    await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}/viewers/${org.email("ben")}`)
      .set({ email: org.email("ben"), state: "viewing", at, expiresAt: at + 15_000 });
    const reply = await call<PresenceResponse>(org.token("ana"), "POST", `/conversations/${key}/presence`, {
      state: "viewing",
    });
    expect(viewers(reply)).toEqual([org.email("ana")]);
  });

  it("ends presence at once when the viewer leaves", async () => {
    await call(org.token("ben"), "POST", `/conversations/${key}/presence`, { state: "replying" });
    const left = await call<PresenceResponse>(org.token("ben"), "DELETE", `/conversations/${key}/presence`);
    expect(left.status).toBe(200);
    expect(viewers(left)).not.toContain(org.email("ben"));
    const doc = await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${key}/viewers/${org.email("ben")}`)
      .get();
    expect(doc.exists).toBe(false);
  });
});
