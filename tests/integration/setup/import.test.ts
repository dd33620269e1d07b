// POST /members/import (issue 15): rows by the rules of PUT /members/{email}, one transaction per
// request; the dashboard sends a long CSV in batches of at most 100.
import type { ImportMembersResponse } from "@baton/shared";
import { createTestOrg, type TestOrg } from "../support/fixtures";
import { resetToFresh } from "../support/fresh-deployment";
import { SETUP_DOMAIN } from "../support/setup-code";
import { adminApp, call } from "../support/stack";
import { claim, person, type Person } from "./people";

type Row = { email: string; name: string; role: "admin" | "lead" | "agent" | "viewer" };

describe("POST /members/import", () => {
  const { db } = adminApp();
  let admin: Person;
  let org: string;
  let victim: TestOrg;

  const importRows = (token: string, members: Row[]) =>
    call<ImportMembersResponse & { error?: { message: string } }>(token, "POST", "/members/import", {
      members,
    });

  beforeAll(async () => {
    await resetToFresh(db);
    admin = await person("admin");
    org = (await claim(admin.token)).body.org;
    victim = await createTestOrg("victim", { vic: "agent" });
  });

  afterAll(async () => {
    await resetToFresh(db);
  });

  it("creates, updates and leaves unchanged, and says so per row", async () => {
    const rows: Row[] = [
      { email: `ivy@${SETUP_DOMAIN}`, name: "Ivy", role: "agent" },
      { email: `jon@${SETUP_DOMAIN}`, name: "Jon", role: "lead" },
    ];
    const first = await importRows(admin.token, rows);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      created: [rows[0]!.email, rows[1]!.email],
      updated: [],
      unchanged: [],
      skipped: [],
    });
    // Set apart from the import (member availability): an update keeps it.
    await db.doc(`orgs/${org}/members/${rows[1]!.email}`).set({ skills: ["billing"] }, { merge: true });
    const second = await importRows(admin.token, [rows[0]!, { ...rows[1]!, role: "viewer" }]);
    expect(second.body).toEqual({
      created: [],
      updated: [rows[1]!.email],
      unchanged: [rows[0]!.email],
      skipped: [],
    });
    expect((await db.doc(`orgs/${org}/members/${rows[1]!.email}`).get()).data()).toEqual({
      email: rows[1]!.email,
      name: "Jon",
      role: "viewer",
      skills: ["billing"],
    });
    expect((await db.doc(`accounts/${rows[0]!.email}`).get()).data()).toEqual({ org });
  });

  it("ATTACK: importing another org's member, or an address in its domain, is skipped with the reason", async () => {
    const stolen = victim.email("vic");
    const inTheirDomain = `new-hire@${victim.domain}`;
    const outside = `friend@elsewhere.test`;
    const reply = await importRows(admin.token, [
      { email: stolen, name: "Vic", role: "admin" },
      { email: inTheirDomain, name: "New", role: "agent" },
      { email: outside, name: "Friend", role: "agent" },
      { email: `kim@${SETUP_DOMAIN}`, name: "Kim", role: "agent" },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.created).toEqual([`kim@${SETUP_DOMAIN}`]);
    expect(reply.body.skipped).toEqual([
      { email: stolen, reason: `${stolen} already belongs to another Baton organisation.` },
      {
        email: inTheirDomain,
        reason: `${inTheirDomain} is in a domain another Baton organisation holds; only that organisation can add it.`,
      },
      {
        email: outside,
        reason: `${outside} is outside your organisation's domains; add them as an external member if they should have access.`,
      },
    ]);
    expect((await db.doc(`accounts/${stolen}`).get()).data()).toEqual({ org: victim.org });
    expect((await db.doc(`orgs/${org}/members/${stolen}`).get()).exists).toBe(false);
    expect((await db.doc(`accounts/${inTheirDomain}`).get()).exists).toBe(false);
  });

  it("ATTACK: a row can't demote the last admin", async () => {
    const reply = await importRows(admin.token, [{ email: admin.email, name: "Admin", role: "agent" }]);
    expect(reply.body.skipped).toEqual([
      {
        email: admin.email,
        reason: `${admin.email} is the last admin of this organisation and can't be demoted; make someone else an admin first.`,
      },
    ]);
    expect((await db.doc(`orgs/${org}/members/${admin.email}`).get()).get("role")).toBe("admin");
  });

  it("ATTACK: an agent can't import members or read the install values", async () => {
    const agent = await person("agent");
    expect(
      (await importRows(admin.token, [{ email: agent.email, name: "Agent", role: "agent" }])).status,
    ).toBe(200);
    const imported = await importRows(agent.token, [{ email: agent.email, name: "Agent", role: "admin" }]);
    expect(imported.status).toBe(403);
    expect((await call(agent.token, "GET", "/setup/install")).status).toBe(403);
    expect((await call(admin.token, "GET", "/setup/install")).status).toBe(200);
    expect((await db.doc(`orgs/${org}/members/${agent.email}`).get()).get("role")).toBe("agent");
  });

  it("imports 250 rows sent in 3 batches", async () => {
    const rows: Row[] = Array.from({ length: 250 }, (_, i) => ({
      email: `bulk${i}@${SETUP_DOMAIN}`,
      name: `Bulk ${i}`,
      role: "agent",
    }));
    const created: string[] = [];
    for (let start = 0; start < rows.length; start += 100) {
      const reply = await importRows(admin.token, rows.slice(start, start + 100));
      expect(reply.status).toBe(200);
      created.push(...reply.body.created);
    }
    expect(created).toHaveLength(250);
    const members = await db
      .collection(`orgs/${org}/members`)
      .where("name", ">=", "Bulk ")
      .where("name", "<", "Bulk~")
      .get();
    expect(members.size).toBe(250);
  });

  it("refuses a batch over the limit before writing anything", async () => {
    const rows = Array.from({ length: 101 }, (_, i) => ({
      email: `over${i}@${SETUP_DOMAIN}`,
      name: "O",
      role: "agent",
    }));
    const reply = await call<{ error: { message: string } }>(admin.token, "POST", "/members/import", {
      members: rows,
    });
    expect(reply.status).toBe(400);
    expect((await db.doc(`accounts/over0@${SETUP_DOMAIN}`).get()).exists).toBe(false);
  });
});
