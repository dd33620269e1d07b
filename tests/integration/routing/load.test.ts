// Fair and collision-free under load (issue 16): 200 new conversations arriving at once across 3
// mailboxes with 10 agents (two away, one with a personal cap, one mailbox capped) never exceed a
// cap, never go to someone away, and round-robin stays within one of even per mailbox.
import { routingPaths } from "../../../backend/src/routing";
import { paths } from "../../../backend/src/store/paths";
import { adminApp } from "../support/stack";
import { A7_CAP, AGENTS_OF, ARRIVALS, arriveAll, AWAY, createLoadScenario, M3_CAP } from "./load-scenario";

const db = () => adminApp().db;

test("200 simultaneous arrivals: no cap exceeded, nobody away assigned, round-robin within one of even", async () => {
  const o = await createLoadScenario(db());
  const timings = await arriveAll(db(), o);
  expect(timings).toHaveLength(ARRIVALS);

  // What is stored, not what the calls answered: every conversation document of the org.
  const docs = (await paths.conversations(db(), o.org).get()).docs;
  expect(docs).toHaveLength(ARRIVALS);
  const owned = new Map<string, number>();
  for (const d of docs) {
    const a = d.get("assignee") as string | null;
    if (a !== null) owned.set(a, (owned.get(a) ?? 0) + 1);
  }
  const count = (name: string) => owned.get(o.email(name)) ?? 0;

  for (const name of AWAY) expect(count(name)).toBe(0);
  expect(count("a7")).toBeLessThanOrEqual(A7_CAP);
  expect(count("a8")).toBeLessThanOrEqual(M3_CAP);
  expect(count("a9")).toBeLessThanOrEqual(M3_CAP);
  // m3 fills both caps exactly; the rest of its 66 wait.
  expect(count("a8") + count("a9")).toBe(2 * M3_CAP);

  // Round-robin: the available, uncapped agents of each mailbox within one of each other.
  const m1 = AGENTS_OF.m1!.filter((a) => !AWAY.includes(a)).map(count);
  expect(Math.max(...m1) - Math.min(...m1)).toBeLessThanOrEqual(1);
  expect(m1.reduce((s, n) => s + n, 0)).toBe(docs.filter((d) => d.get("mailboxId") === "m1").length);
  const m2 = ["a4", "a5"].map(count);
  expect(Math.max(...m2) - Math.min(...m2)).toBeLessThanOrEqual(1);
  expect(count("a7")).toBe(A7_CAP);

  // The load documents routing reads agree with the conversations.
  for (let i = 0; i < 10; i++) {
    const load = await routingPaths.memberLoad(db(), o.org, o.email(`a${i}`)).get();
    expect((load.get("normal") as number | undefined) ?? 0).toBe(count(`a${i}`));
  }
});
