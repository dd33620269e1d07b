// Caps hold by the transactions alone (issue 16): the per-instance queue (routing/turns.ts) only
// saves retries within one instance. Here six assignments race as six instances would, each its own
// transaction without the queue, for a member whose cap is 2: exactly two are assigned.
import { assignInTx, routingDirectoryOf, routingPaths } from "../../../backend/src/routing";
import { routedMailbox } from "../../../backend/src/routing/settings";
import { paths } from "../../../backend/src/store/paths";
import { adminApp } from "../support/stack";
import { arrive, createRoutingOrg, forgetCaches } from "./routing-support";

const db = () => adminApp().db;

test("six racing assignments for a member with room for two: two assigned, the cap held", async () => {
  const o = await createRoutingOrg(
    db(),
    "rt-race",
    [{ id: "support", agents: ["ana"], routing: { strategy: "round_robin", anyHour: true } }],
    [{ name: "ana", role: "agent", awayUntil: Date.now() + 3_600_000, maxOpen: 2 }],
  );
  const keys: string[] = [];
  for (let i = 0; i < 6; i++)
    keys.push((await arrive(db(), o, "support", { subject: `Race ${i}` })).conversation.key);
  await db()
    .doc(`orgs/${o.org}/members/${o.email("ana")}`)
    .update({ awayUntil: null });
  forgetCaches();
  const dir = await routingDirectoryOf(db(), o.org);
  const routed = routedMailbox(dir, "support")!;

  const outcomes = await Promise.all(
    keys.map((key) => assignInTx(db(), o.org, dir, routed, key, Date.now())),
  );
  expect(outcomes.filter((x) => x === "assigned")).toHaveLength(2);
  expect(outcomes.filter((x) => x === "nobody")).toHaveLength(4);
  const owned = await paths.conversations(db(), o.org).where("assignee", "==", o.email("ana")).get();
  expect(owned.size).toBe(2);
  expect((await routingPaths.memberLoad(db(), o.org, o.email("ana")).get()).get("normal")).toBe(2);
});
