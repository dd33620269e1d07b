// GET/PUT /org/settings against the emulators: admins only, validation sentences, and a saved
// pattern redacting the next note at once (the setting is read per note write, not cached).
import type { ConversationResponse, OrgSettingsResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const SETTINGS = {
  mailboxVisibility: "all",
  redaction: { cards: true, ibans: true, patterns: [{ name: "order", regex: "ORD-\\d{5}" }] },
  retentionDays: 365,
};

describe("org settings", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("orgset", { root: "admin", ana: "agent", lead: "lead" });
  });

  it("is readable by members and changeable by admins only", async () => {
    const read = await call<OrgSettingsResponse>(org.token("ana"), "GET", "/org/settings");
    expect(read.status).toBe(200);
    expect(typeof read.body.redaction.cards).toBe("boolean");
    for (const name of ["ana", "lead"]) {
      const put = await call<ErrorBody>(org.token(name), "PUT", "/org/settings", SETTINGS);
      expect(put.status).toBe(403);
      expect(put.body.error.code).toBe("forbidden");
    }
  });

  it("saves an admin's settings and answers them back", async () => {
    const put = await call<OrgSettingsResponse>(org.token("root"), "PUT", "/org/settings", SETTINGS);
    expect(put.status).toBe(200);
    expect(put.body).toEqual(SETTINGS);
    const stored = await adminApp().db.doc(`orgs/${org.org}`).get();
    expect(stored.get("settings")).toEqual(SETTINGS);
    const read = await call<OrgSettingsResponse>(org.token("ana"), "GET", "/org/settings");
    expect(read.body).toEqual(SETTINGS);
  });

  it("refuses a broken regex and an out-of-range retention with a sentence, keeping what was saved", async () => {
    const bad = await call<ErrorBody>(org.token("root"), "PUT", "/org/settings", {
      ...SETTINGS,
      redaction: { ...SETTINGS.redaction, patterns: [{ name: "broken", regex: "([a-z" }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Pattern "broken" is not a valid regular expression.');
    const short = await call<ErrorBody>(org.token("root"), "PUT", "/org/settings", {
      ...SETTINGS,
      retentionDays: 7,
    });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/retentionDays must be at least 30/);
    const read = await call<OrgSettingsResponse>(org.token("ana"), "GET", "/org/settings");
    expect(read.body).toEqual(SETTINGS);
  });

  it("redacts a note added afterwards with the new pattern", async () => {
    const key = (await observe(org, "ana", makeThread(org.domain, "c@customer.test", 1).messages))
      .conversation.key;
    const reply = await call<ConversationResponse>(org.token("ana"), "POST", `/conversations/${key}/notes`, {
      body: "customer asks about ORD-12345 again",
      requestId: requestId(),
    });
    expect(reply.status).toBe(200);
    const note = reply.body.conversation.notes.at(-1)!;
    expect(note.body).not.toContain("ORD-12345");
    expect(note.body).toContain("[order redacted]");
  });
});
