// Issue 18, a member's language against the emulators: each member sets their own (GET /me carries
// it, and so does every client and notification that reads it), a role change by an admin keeps it,
// nothing in the request can name another member, and a language Baton has no catalogue for is
// refused with a sentence (keyed, so each client says it in its own language).
import { createTestOrg, type TestOrg } from "../support/fixtures";
import { adminApp, call } from "../support/stack";

interface ErrorBody {
  error: { code: string; message: string; key?: string };
}

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("language", { root: "admin", ana: "agent", ben: "agent" });
});

const memberDoc = (name: string) => adminApp().db.doc(`orgs/${org.org}/members/${org.email(name)}`);

describe("PUT /me/language", () => {
  it("a member chooses Dutch, GET /me says so, and null follows the client again", async () => {
    const before = await call<{ language?: string | null }>(org.token("ana"), "GET", "/me");
    expect(before.body.language).toBeNull();
    const put = await call<{ language: string }>(org.token("ana"), "PUT", "/me/language", { language: "nl" });
    expect(put.status).toBe(200);
    expect(put.body.language).toBe("nl");
    const me = await call<{ language: string | null }>(org.token("ana"), "GET", "/me");
    expect(me.body.language).toBe("nl");
    expect((await memberDoc("ana").get()).get("language")).toBe("nl");
    const back = await call<{ language: string | null }>(org.token("ana"), "PUT", "/me/language", {
      language: null,
    });
    expect(back.body.language).toBeNull();
  });

  it("an admin's role change keeps the member's language", async () => {
    await call(org.token("ben"), "PUT", "/me/language", { language: "nl" });
    const role = await call(org.token("root"), "PUT", `/members/${org.email("ben")}`, { role: "lead" });
    expect(role.status).toBe(200);
    const stored = await memberDoc("ben").get();
    expect(stored.get("role")).toBe("lead");
    expect(stored.get("language")).toBe("nl");
  });

  it("cannot set another member's language: an email in the body is refused, the other's stays", async () => {
    await call(org.token("ben"), "PUT", "/me/language", { language: "nl" });
    const attack = await call<ErrorBody>(org.token("ana"), "PUT", "/me/language", {
      language: "en",
      email: org.email("ben"),
    });
    expect(attack.status).toBe(400);
    expect((await memberDoc("ben").get()).get("language")).toBe("nl");
    const other = await call(org.token("ana"), "PUT", `/members/${org.email("ben")}/language`, {
      language: "en",
    });
    expect(other.status).toBe(404);
    expect((await memberDoc("ben").get()).get("language")).toBe("nl");
  });

  it("refuses a language without a catalogue with a keyed sentence, and stores nothing", async () => {
    const bad = await call<ErrorBody>(org.token("ana"), "PUT", "/me/language", { language: "fr" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
    expect(bad.body.error.key).toBe("errors.vField");
    expect(bad.body.error.message).toMatch(/language/);
    expect((await memberDoc("ana").get()).get("language")).not.toBe("fr");
  });
});
