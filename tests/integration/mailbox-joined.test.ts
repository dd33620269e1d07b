// When a mailbox joined Baton decides which of its mail is history (recorded, never timed). Saving the
// mailbox's settings rewrites its document, and once dropped the stored date fell back to the
// document's creation time, so a migrated or seeded mailbox's older mail would suddenly be timed.
import { ALWAYS_OPEN, createTestOrg, TEST_POLICY, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("mailbox-joined", { root: "admin" });
});

it("keeps a mailbox's joined date when an admin saves its settings", async () => {
  const doc = adminApp().db.doc(`orgs/${org.org}/mailboxes/support`);
  const joined = Date.now() - 90 * 86_400_000;
  await doc.update({ createdAt: joined });
  const put = await call(org.token("root"), "PUT", "/mailboxes/support", {
    address: org.mailbox,
    name: "Support desk",
    policy: TEST_POLICY,
    calendar: ALWAYS_OPEN,
    routing: { agents: [], onCall: null },
  });
  expect(put.status).toBe(200);
  const stored = await doc.get();
  expect(stored.get("name")).toBe("Support desk");
  expect(stored.get("createdAt")).toBe(joined);
});
