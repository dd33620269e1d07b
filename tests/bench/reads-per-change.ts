// Reads and time per change, and per viewer update, as a conversation's history grows (issue 13:
// "O(1) per change"). For logs of 1, 100 and 1,000 events: a command (claim / release in turn) and
// the GET a viewer used to make after each change, timed over HTTP against the emulated functions,
// and the same handlers run in this process over a Firestore wrapper that counts the documents each
// call reads (the admin SDK reports no read counts). Caches (team, mailboxes) are warm first.
//   node scripts/with-emulators.mjs tsx tests/bench/reads-per-change.ts
// Creates its own org. BENCH_ROUNDS (default 10) changes per size.
import type { ConversationEvent, ConversationResponse } from "@baton/shared";
import { conversationHandlers } from "../../backend/src/handlers/conversations";
import type { ServerDeps } from "../../backend/src/handlers/deps";
import { paths } from "../../backend/src/store/paths";
import {
  createTestOrg,
  makeThread,
  observeBody,
  requestId,
  type TestOrg,
} from "../integration/support/fixtures";
import { adminApp, call } from "../integration/support/stack";

const SIZES = [1, 100, 1000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

interface Counter {
  reads: number;
}

/** Counts documents read: a document get is one read (found or not), a query one per document. */
function countReads(result: unknown, counter: Counter): void {
  if (Array.isArray(result)) counter.reads += result.length;
  else if (typeof result === "object" && result !== null && "docs" in result)
    counter.reads += (result as { docs: unknown[] }).docs.length;
  else if (typeof result === "object" && result !== null && "exists" in result) counter.reads += 1;
}

function isRefLike(value: unknown): value is object {
  if (typeof value !== "object" || value === null || "then" in value) return false;
  const v = value as Record<string, unknown>;
  return typeof v.get === "function" || typeof v.doc === "function" || typeof v.collection === "function";
}

/** `target` with every reference, query and transaction it hands out counting its reads. */
function counting<T extends object>(target: T, counter: Counter): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value !== "function") return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (prop === "get" || prop === "getAll")
        return async (...args: unknown[]) => {
          const result = await fn.apply(t, args);
          countReads(result, counter);
          return result;
        };
      if (prop === "runTransaction")
        return (update: (tx: object) => unknown, options?: unknown) =>
          fn.call(t, (tx: object) => update(counting(tx, counter)), options);
      return (...args: unknown[]) => {
        const result = fn.apply(t, args);
        return isRefLike(result) ? counting(result, counter) : result;
      };
    },
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A conversation whose log holds `size` events: observed through the API, then older messages added. */
async function conversationWith(org: TestOrg, size: number): Promise<string> {
  const { messages } = makeThread(org.domain, `bench-${size}@customer.test`, 1, Date.now() - 120_000);
  const seen = await call<ConversationResponse>(
    org.token("agent"),
    "POST",
    "/conversations/observe",
    observeBody(org, messages),
  );
  const key = seen.body.conversation.key;
  const { db } = adminApp();
  const extra = size - 1;
  if (extra === 0) return key;
  // A customer and an agent writing in turn, a minute apart, ending before the observed message.
  const start = Date.now() - (extra + 10) * 60_000;
  const events: ConversationEvent[] = Array.from({ length: extra }, (_, i) => {
    const at = start + i * 60_000;
    const inbound = i % 2 === 0;
    return {
      id: `0seed-${String(i).padStart(6, "0")}`,
      at,
      actor: inbound ? "customer@customer.test" : org.email("agent"),
      type: inbound ? "message_received" : "message_sent",
      messageId: `<seed-${size}-${i}@bench.test>`,
      from: inbound ? "customer@customer.test" : org.email("agent"),
      subject: "Bench",
      sentAt: at,
    };
  });
  for (let i = 0; i < events.length; i += 400) {
    const batch = db.batch();
    for (const event of events.slice(i, i + 400))
      batch.set(paths.events(db, org.org, key).doc(event.id), event);
    await batch.commit();
  }
  // The document counts the log (readers check it is whole) and, like a document written before the
  // fold existed, has no fold: the first change rebuilds it once from the log (not measured).
  const ref = paths.conversation(db, org.org, key);
  const data = (await ref.get()).data() ?? {};
  const { slaFold: _slaFold, ...rest } = data;
  await ref.set({ ...rest, eventCount: size });
  return key;
}

interface Row {
  size: number;
  commandReads: number;
  commandMs: number;
  commandHttpMs: number;
  getReads: number;
  getMs: number;
  getHttpMs: number;
}

async function measure(org: TestOrg, size: number): Promise<Row> {
  const key = await conversationWith(org, size);
  const counter: Counter = { reads: 0 };
  const { db } = adminApp();
  const deps = { db: counting(db, counter), log: () => undefined } as unknown as ServerDeps;
  const handlers = conversationHandlers(deps);
  const principal = { email: org.email("agent"), org: org.org, role: "agent" as const, name: "Agent" };
  const params = { key };
  const command = async (i: number) => {
    const input = { principal, params, body: { requestId: requestId() }, nowMs: Date.now() };
    await (i % 2 === 0 ? handlers.claim(input as never) : handlers.release(input as never));
  };
  // Warm the caches (team, mailboxes) and let the first change rebuild what it must.
  await command(0);
  await command(1);
  await handlers.getConversation({ principal, params, nowMs: Date.now() } as never);
  const row: Row = {
    size,
    commandReads: 0,
    commandMs: 0,
    commandHttpMs: 0,
    getReads: 0,
    getMs: 0,
    getHttpMs: 0,
  };
  const reads: Record<"command" | "get", number[]> = { command: [], get: [] };
  const ms: Record<"command" | "get" | "commandHttp" | "getHttp", number[]> = {
    command: [],
    get: [],
    commandHttp: [],
    getHttp: [],
  };
  for (let i = 0; i < ROUNDS; i++) {
    counter.reads = 0;
    let started = performance.now();
    await command(0);
    ms.command.push(performance.now() - started);
    reads.command.push(counter.reads);
    counter.reads = 0;
    started = performance.now();
    await handlers.getConversation({ principal, params, nowMs: Date.now() } as never);
    ms.get.push(performance.now() - started);
    reads.get.push(counter.reads);
    // In-process claims, then releases over HTTP: every round changes the conversation twice.
    const verb = "release";
    started = performance.now();
    const changed = await call(org.token("agent"), "POST", `/conversations/${key}/${verb}`, {
      requestId: requestId(),
    });
    ms.commandHttp.push(performance.now() - started);
    if (changed.status !== 200) throw new Error(`${verb}: ${changed.status} ${changed.text}`);
    started = performance.now();
    const got = await call(org.token("agent"), "GET", `/conversations/${key}`);
    ms.getHttp.push(performance.now() - started);
    if (got.status !== 200) throw new Error(`get: ${got.status} ${got.text}`);
  }
  row.commandReads = median(reads.command);
  row.getReads = median(reads.get);
  row.commandMs = median(ms.command);
  row.getMs = median(ms.get);
  row.commandHttpMs = median(ms.commandHttp);
  row.getHttpMs = median(ms.getHttp);
  return row;
}

async function main(): Promise<void> {
  const org = await createTestOrg("reads", { agent: "agent", lead: "lead" });
  await Promise.all(Array.from({ length: 4 }, () => call(org.token("agent"), "GET", "/me")));
  console.log(`Medians of ${ROUNDS} changes per size (reads: documents, warm caches; in-process | HTTP).`);
  console.log("events | command reads  ms | command HTTP ms | GET reads  ms | GET HTTP ms");
  for (const size of SIZES) {
    const r = await measure(org, size);
    console.log(
      `${String(r.size).padStart(6)} | ${String(r.commandReads).padStart(13)} ${r.commandMs.toFixed(0).padStart(3)} | ` +
        `${r.commandHttpMs.toFixed(0).padStart(15)} | ${String(r.getReads).padStart(9)} ${r.getMs.toFixed(0).padStart(3)} | ` +
        r.getHttpMs.toFixed(0).padStart(11),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
