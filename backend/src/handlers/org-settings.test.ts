import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { ApiFailure } from "../http/types";
import type { ServerDeps } from "./deps";
import { orgSettingsHandlers } from "./org-settings";

/** Just enough Firestore for orgs/{org}: get() with field paths, set() with merge. */
function fakeDb(): { db: Firestore; docs: Map<string, Record<string, unknown>> } {
  const docs = new Map<string, Record<string, unknown>>();
  const doc = (id: string) => ({
    get: () =>
      Promise.resolve({
        get: (field: string) =>
          field
            .split(".")
            .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], docs.get(id)),
      }),
    set: (data: Record<string, unknown>) => {
      docs.set(id, { ...docs.get(id), ...data });
      return Promise.resolve();
    },
  });
  const db = { collection: () => ({ doc }) } as unknown as Firestore;
  return { db, docs };
}

const who = (role: Principal["role"]) => ({ email: `${role}@acme.test`, org: "acme", role }) as Principal;

function setup() {
  const { db, docs } = fakeDb();
  const handlers = orgSettingsHandlers({ db } as ServerDeps);
  const put = (role: Principal["role"], body: Parameters<typeof handlers.putOrgSettings>[0]["body"]) =>
    handlers.putOrgSettings({ principal: who(role), body, params: undefined, query: undefined, nowMs: 0 });
  const get = (role: Principal["role"]) =>
    handlers.getOrgSettings({
      principal: who(role),
      body: undefined,
      params: undefined,
      query: {},
      nowMs: 0,
    });
  return { docs, put, get };
}

const body = {
  redaction: { cards: true, ibans: false, patterns: [{ name: " cid ", regex: "C-\\d{4}" }] },
  retentionDays: 90,
  mailboxVisibility: "members" as const,
};

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
  }
  throw new Error("expected an ApiFailure");
}

// Only admins may PUT: declared in the route table, refused by the API's middleware before this
// handler runs (backend/src/http/authorize.test.ts).
describe("org settings handlers", () => {
  it("answers the safe default before anything is saved", async () => {
    await expect(setup().get("agent")).resolves.toEqual({
      redaction: { cards: true, ibans: true, patterns: [] },
      retentionDays: null,
      mailboxVisibility: "all",
    });
  });

  it("lets an admin save (names trimmed) and every member read it back", async () => {
    const { put, get, docs } = setup();
    await put("admin", body);
    const saved = {
      redaction: { ...body.redaction, patterns: [{ name: "cid", regex: "C-\\d{4}" }] },
      retentionDays: 90,
      mailboxVisibility: "members",
    };
    expect(docs.get("acme")).toEqual({ settings: saved });
    await expect(get("viewer")).resolves.toEqual(saved);
  });

  it("refuses a pattern that does not compile with the shared sentence", async () => {
    const { put, docs } = setup();
    const bad = { ...body, redaction: { ...body.redaction, patterns: [{ name: "broken", regex: "([a-z" }] } };
    expect(await failure(put("admin", bad))).toMatchObject({
      code: "invalid_request",
      message: 'Pattern "broken" is not a valid regular expression.',
    });
    expect(docs.size).toBe(0);
  });
});
