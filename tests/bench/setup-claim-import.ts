// First-run timings on the local stack (issue 15): POST /setup/claim on a fresh deployment (one
// transaction creating the setup record, the org, its index documents and the first admin), and a
// 250-row member import sent as the dashboard sends it, in batches of 100. Run inside the emulators:
//   node scripts/with-emulators.mjs tsx tests/bench/setup-claim-import.ts
// Resets the deployment to fresh before each claim and at the end (support/fresh-deployment.ts).
import { SETUP_LIMITS } from "@baton/shared/limits";
import { person } from "../integration/setup/people";
import { resetToFresh } from "../integration/support/fresh-deployment";
import { SETUP_DOMAIN, TEST_SETUP_CODE } from "../integration/support/setup-code";
import { adminApp, call, type Reply } from "../integration/support/stack";

const CLAIMS = Number(process.env.BENCH_ROUNDS ?? 8);
const IMPORT_ROWS = 250;
const BATCH = SETUP_LIMITS.memberImportBatch.value;

async function timed<T>(fn: () => Promise<Reply<T>>): Promise<{ reply: Reply<T>; clientMs: number }> {
  const started = performance.now();
  const reply = await fn();
  return { reply, clientMs: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const { db } = adminApp();
  const client: number[] = [];
  const handler: number[] = [];
  let admin = { token: "", org: "" };
  for (let round = 0; round < CLAIMS; round++) {
    await resetToFresh(db);
    const who = await person(`bench${round}`);
    // Warm: the function instance is up (a cold start is not what a claim costs).
    await call(who.token, "GET", "/setup");
    const { reply, clientMs } = await timed(() =>
      call<{ org: string }>(who.token, "POST", "/setup/claim", {
        code: TEST_SETUP_CODE,
        orgName: "Bench Co",
      }),
    );
    if (reply.status !== 200) throw new Error(`claim failed: ${reply.status} ${reply.text}`);
    client.push(clientMs);
    handler.push(reply.handlerMs ?? NaN);
    admin = { token: who.token, org: reply.body.org };
  }
  console.log(
    `claim   n=${CLAIMS}  client median ${median(client).toFixed(0)} ms (max ${Math.max(...client).toFixed(0)})  handler median ${median(handler).toFixed(0)} ms`,
  );

  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => ({
    email: `bench-import${i}@${SETUP_DOMAIN}`,
    name: `Bench ${i}`,
    role: "agent",
  }));
  const batches: string[] = [];
  const started = performance.now();
  for (let start = 0; start < rows.length; start += BATCH) {
    const { reply, clientMs } = await timed(() =>
      call<{ created: string[] }>(admin.token, "POST", "/members/import", {
        members: rows.slice(start, start + BATCH),
      }),
    );
    if (reply.status !== 200 || reply.body.created.length !== Math.min(BATCH, rows.length - start)) {
      throw new Error(`import failed: ${reply.status} ${reply.text}`);
    }
    batches.push(`${clientMs.toFixed(0)} ms (handler ${reply.handlerMs?.toFixed(0) ?? "?"})`);
  }
  const total = performance.now() - started;
  console.log(
    `import  ${IMPORT_ROWS} rows in ${batches.length} batches: ${total.toFixed(0)} ms  [${batches.join(", ")}]`,
  );
  await resetToFresh(db);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
