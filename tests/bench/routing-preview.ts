// POST /mailboxes/{id}/routing/preview on the local stack: p50/p95 of the handler (Server-Timing) and
// of the client round trip, a 10-rule draft with round-robin over 10 agents against a mailbox of 200
// conversations (the preview reads the newest 50 and the start of their logs). Run inside the
// emulators:
//   node scripts/with-emulators.mjs tsx tests/bench/routing-preview.ts
// Creates its own org.
import { createTestOrg } from "../integration/support/fixtures";
import { adminApp, call } from "../integration/support/stack";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CONVERSATIONS = 200;
const AGENTS = Array.from({ length: 10 }, (_, i) => `agent${i}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(name: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${name.padEnd(8)} n=${samples.length}  p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const org = await createTestOrg("preview-bench", {
    root: "admin",
    ...Object.fromEntries(AGENTS.map((a) => [a, "agent" as const])),
  });
  const { db } = adminApp();
  const start = Date.now() - 30 * 86_400_000;
  for (let from = 0; from < CONVERSATIONS; from += 100) {
    const batch = db.batch();
    for (let i = from; i < Math.min(CONVERSATIONS, from + 100); i++) {
      const key = `c_bench${String(i).padStart(6, "0")}`;
      const at = start + i * 60_000;
      const subject = i % 4 === 0 ? `Invoice ${i}` : `Question ${i}`;
      batch.set(db.doc(`orgs/${org.org}/conversations/${key}`), {
        key,
        mailbox: "support",
        subject,
        status: "open",
        priority: "normal",
        assignee: null,
        tags: [],
        createdAt: at,
        updatedAt: at,
      });
      batch.set(db.doc(`orgs/${org.org}/conversations/${key}/events/e0`), {
        id: "e0",
        at,
        actor: `c${i}@example.test`,
        type: "message_received",
        messageId: `<m${i}@example.test>`,
        from: `c${i % 30}@example.test`,
        subject,
        sentAt: at,
      });
    }
    await batch.commit();
  }
  const rules = Array.from({ length: 10 }, (_, i) => ({
    id: `rule-${i}`,
    name: `Rule ${i}`,
    when: [{ field: "subject", op: "matches", value: `(invoice|receipt) ${i}\\d*` }],
    then: [{ type: "add_tags", tags: [`t${i}`] }],
  }));
  const draft = { agents: AGENTS.map((a) => org.email(a)), onCall: null, strategy: "round_robin", rules };
  const client: number[] = [];
  const handler: number[] = [];
  for (let round = 0; round < ROUNDS + 1; round++) {
    const began = performance.now();
    const reply = await call(org.token("root"), "POST", "/mailboxes/support/routing/preview", draft);
    if (reply.status !== 200) throw new Error(`preview answered ${reply.status}: ${reply.text}`);
    // The first call boots the functions worker: not counted.
    if (round === 0) continue;
    client.push(performance.now() - began);
    if (reply.handlerMs !== null) handler.push(reply.handlerMs);
  }
  console.log(`routing preview: newest 50 of ${CONVERSATIONS}, 10 rules, round-robin over 10 agents`);
  console.log(summary("handler", handler));
  console.log(summary("client", client));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
