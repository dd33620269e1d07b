import { domainError } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { forgetDirectory } from "../store/directory";
import { withOwnerName } from "./commands";
import type { ServerDeps } from "./deps";

/** Just enough Firestore for the team lookup: orgs/{org}/members read as one collection. */
function teamDb(members: Array<{ email: string; name: string; role: string }>): Firestore {
  const collection = {
    get: () => Promise.resolve({ docs: members.map((m) => ({ id: m.email, data: () => m })) }),
  };
  const orgs = { doc: () => ({ collection: () => collection }) };
  return { collection: () => orgs } as unknown as Firestore;
}

function deps(db: Firestore): ServerDeps {
  return { db, log: () => undefined } as unknown as ServerDeps;
}

describe("withOwnerName", () => {
  beforeEach(() => {
    forgetDirectory();
  });

  it("adds the owner's display name to already_claimed", async () => {
    const db = teamDb([{ email: "ana@x.test", name: "Ana Lima", role: "agent" }]);
    const refusal = domainError(
      "already_claimed",
      "errors.alreadyClaimed",
      { owner: "ana@x.test" },
      { owner: "ana@x.test", since: 5 },
    );
    expect(await withOwnerName(deps(db), "org-1", refusal)).toEqual({
      ...refusal,
      details: { owner: "ana@x.test", since: 5, ownerName: "Ana Lima" },
    });
  });

  it("falls back to the address for an owner no longer on the team, and leaves other errors alone", async () => {
    const db = teamDb([]);
    const refusal = domainError(
      "already_claimed",
      "errors.alreadyClaimed",
      { owner: "gone@x.test" },
      { owner: "gone@x.test" },
    );
    expect((await withOwnerName(deps(db), "org-2", refusal)).details?.["ownerName"]).toBe("gone@x.test");
    const other = domainError("forbidden", "errors.notTeamMember");
    expect(await withOwnerName(deps(db), "org-2", other)).toBe(other);
  });
});
