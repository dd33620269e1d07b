/**
 * No hot documents (issue 12): a burst on one mailbox through the append path the API runs loses
 * nothing and fails nothing, its mailbox-wide rollup adds up exactly, and no single rollup document
 * takes the mailbox's writes (Firestore sustains ~1 write/s on a document; the emulator does not
 * enforce that, so the spread over shards is asserted directly). The 60 s, 20 events/s run is the
 * benchmark tests/bench/mailbox-20-events-per-second.ts.
 */
import {
  countAttempts,
  createLoadOrg,
  expectedTotals,
  mailboxTotals,
  mailboxWideWrites,
  runLoad,
  utcDay,
} from "../bench/mailbox-load";
import { emulatorDb } from "./support";

const db = emulatorDb();
const attempts = countAttempts(db);

it("400 operations on one mailbox at once: no failures, exact totals, spread over shards", async () => {
  const load = await createLoadOrg(db, "hot-mailbox");
  const from = utcDay(Date.now());
  // 80 conversations, 5 steps each; all 80 opens start together, each next step as soon as the
  // conversation's previous one is done.
  const results = await runLoad(db, load, 400, Infinity);
  const to = utcDay(Date.now());

  expect(results.filter((r) => r.error !== null).map((r) => r.error)).toEqual([]);
  expect(attempts.transactions).toBeGreaterThanOrEqual(400);
  const want = expectedTotals(results);
  expect(want).toEqual({ received: 80, inbound: 160, resolved: 80 });
  const got = await mailboxTotals(db, load, from, to);
  expect({ received: got.received, inbound: got.inbound, resolved: got.resolved }).toEqual(want);

  // 240 writes to the mailbox-wide rollup (80 opens, 80 follow-ups, 80 resolutions). Unsharded, one
  // document took all 240; over 32 shards by conversation the busiest takes a few conversations'.
  const writes = await mailboxWideWrites(db, load);
  expect(writes.reduce((a, b) => a + b, 0)).toBe(240);
  expect(writes.length).toBeGreaterThanOrEqual(8);
  expect(Math.max(...writes)).toBeLessThanOrEqual(240 / 4);
});
