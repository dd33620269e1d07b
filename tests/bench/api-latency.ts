// API latency on the local stack: p50/p95 of observe, get and claim with 20 concurrent simulated
// agents, 6-way claim races (winner and loser times), and a 100-claim race on one conversation. Run
// inside the emulators:
//   node scripts/with-emulators.mjs tsx tests/bench/api-latency.ts
// (scripts/with-emulators.mjs builds the backend and sets the offline environment). Creates its own
// org.
import type { ConversationResponse, Role } from "@baton/shared";
import {
  createTestOrg,
  makeThread,
  observeBody,
  requestId,
  type TestOrg,
} from "../integration/support/fixtures";
import { call, type Reply } from "../integration/support/stack";

const AGENTS = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const RACE = 100;
const SIX = 6;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(name: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50).toFixed(0);
  const p95 = percentile(sorted, 95).toFixed(0);
  return `${name.padEnd(8)} n=${String(samples.length).padStart(4)}  p50 ${p50.padStart(5)} ms  p95 ${p95.padStart(5)} ms`;
}

type Samples = Record<"observe" | "get" | "claim", { client: number[]; handler: number[] }>;

async function timed<T>(
  into: { client: number[]; handler: number[] },
  fn: () => Promise<Reply<T>>,
  ok: number[] = [200, 409],
): Promise<Reply<T>> {
  const started = performance.now();
  const reply = await fn();
  into.client.push(performance.now() - started);
  if (reply.handlerMs !== null) into.handler.push(reply.handlerMs);
  if (!ok.includes(reply.status)) throw new Error(`unexpected ${reply.status}: ${reply.text}`);
  return reply;
}

/** Each agent works its own thread: observe it, read it, claim it — `rounds` times, `agents` at once. */
async function agentLoad(org: TestOrg, agents: number, rounds: number): Promise<Samples> {
  const samples: Samples = {
    observe: { client: [], handler: [] },
    get: { client: [], handler: [] },
    claim: { client: [], handler: [] },
  };
  await Promise.all(
    Array.from({ length: agents }, async (_, a) => {
      const token = org.token(`agent${a}`);
      for (let round = 0; round < rounds; round++) {
        const { messages } = makeThread(
          org.domain,
          `cust${a}-${round}@customer.test`,
          3,
          Date.now() - 120_000,
        );
        const seen = await timed(samples.observe, () =>
          call<ConversationResponse>(token, "POST", "/conversations/observe", observeBody(org, messages)),
        );
        const key = seen.body.conversation.key;
        await timed(samples.get, () => call(token, "GET", `/conversations/${key}`));
        await timed(samples.claim, () =>
          call(token, "POST", `/conversations/${key}/claim`, { requestId: requestId() }),
        );
      }
    }),
  );
  return samples;
}

async function claimRace(org: TestOrg): Promise<{ ms: number; won: number; lost: number; other: number }> {
  const { messages } = makeThread(org.domain, "race@customer.test", 1, Date.now() - 60_000);
  const seen = await call<ConversationResponse>(
    org.token("lead"),
    "POST",
    "/conversations/observe",
    observeBody(org, messages),
  );
  const key = seen.body.conversation.key;
  const started = performance.now();
  const replies = await Promise.all(
    Array.from({ length: RACE }, (_, i) =>
      call(org.token(`racer${i}`), "POST", `/conversations/${key}/claim`, { requestId: requestId() }),
    ),
  );
  const ms = performance.now() - started;
  const won = replies.filter((r) => r.status === 200).length;
  const lost = replies.filter((r) => r.status === 409).length;
  return { ms, won, lost, other: RACE - won - lost };
}

/**
 * Six agents claim one fresh conversation at the same instant, `rounds` times: the winner's and the
 * losers' client times (issue 19: every racer within 3x of an uncontended claim).
 */
async function sixWayRaces(org: TestOrg, rounds: number): Promise<{ winner: number[]; loser: number[] }> {
  const out = { winner: [] as number[], loser: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const { messages } = makeThread(org.domain, `six${round}@customer.test`, 1, Date.now() - 60_000);
    const seen = await call<ConversationResponse>(
      org.token("lead"),
      "POST",
      "/conversations/observe",
      observeBody(org, messages),
    );
    const key = seen.body.conversation.key;
    const replies = await Promise.all(
      Array.from({ length: SIX }, async (_, i) => {
        const started = performance.now();
        const reply = await call(org.token(`racer${i}`), "POST", `/conversations/${key}/claim`, {
          requestId: requestId(),
        });
        return { status: reply.status, ms: performance.now() - started };
      }),
    );
    if (replies.filter((r) => r.status === 200).length !== 1)
      throw new Error(`round ${round}: not one winner`);
    for (const reply of replies) (reply.status === 200 ? out.winner : out.loser).push(reply.ms);
  }
  return out;
}

async function main(): Promise<void> {
  const roles: Record<string, Role> = { lead: "lead" };
  for (let i = 0; i < AGENTS; i++) roles[`agent${i}`] = "agent";
  for (let i = 0; i < RACE; i++) roles[`racer${i}`] = "agent";
  const org = await createTestOrg("bench", roles);
  // Warm every functions worker first: cold starts are a property of the emulator, not the API.
  await Promise.all(Array.from({ length: 8 }, () => call(org.token("lead"), "GET", "/me")));

  for (const [agents, rounds] of [
    [1, 3 * ROUNDS],
    [AGENTS, ROUNDS],
  ] as const) {
    const load = await agentLoad(org, agents, rounds);
    console.log(
      `${agents} concurrent agent(s) x ${rounds} rounds (client time | handler time from Server-Timing):`,
    );
    for (const name of ["observe", "get", "claim"] as const) {
      console.log(`  ${summary(name, load[name].client)}   | ${summary("", load[name].handler).trim()}`);
    }
  }

  const six = await sixWayRaces(org, ROUNDS);
  console.log(`${SIX}-way claim race x ${ROUNDS} rounds (client time):`);
  console.log(`  ${summary("winner", six.winner)}`);
  console.log(`  ${summary("loser", six.loser)}`);

  const race = await claimRace(org);
  console.log(
    `Claim race: ${RACE} simultaneous claims -> ${race.won} x 200, ${race.lost} x 409 already_claimed, ` +
      `${race.other} other, in ${race.ms.toFixed(0)} ms`,
  );
  if (race.won !== 1 || race.other !== 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
