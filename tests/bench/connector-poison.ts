// A connector run over 1,000 messages with 1 poison message among them (issue 12: "connectors that
// skip, not stall"): time, messages recorded, dead letters, and whether the cursor moved past it;
// then a second run with 10 new messages, and the replay once the poison is cured. The Gmail API is
// the loopback fake (backend/test/connectors/fake-gmail.ts); the poison is a sink that throws a
// plain Error for one Message-ID, as a bug in the observe path would.
//   npx tsx tests/bench/connector-poison.ts                                   (memory sink only)
//   node scripts/with-emulators.mjs tsx tests/bench/connector-poison.ts       (+ Firestore observe path)
// BENCH_MESSAGES (default 1000) sets the size; the poison is the middle message.
import { deadLettersRef } from "../../backend/src/connectors/firestore-dead-letters";
import { createRuntime } from "../../backend/src/connectors/providers";
import {
  runConnector,
  type ConnectorRuntime,
  type RunOutcome,
} from "../../backend/src/connectors/run-connector";
import type { MessageSink } from "../../backend/src/connectors/sink";
import { newConnectorState } from "../../backend/src/connectors/state";
import { FakeGmail } from "../../backend/test/connectors/fake-gmail";
import { gmailApiFor, recordingRetry } from "../../backend/test/connectors/gmail-harness";
import { memoryRuntime } from "../../backend/test/connectors/memory-runtime";
import { customerMail, MAILBOX } from "../../backend/test/connectors/scenario";
import { createOrg, db, messageEvents, SUPPORT_ID } from "../connectors/fixtures";

const COUNT = Number(process.env.BENCH_MESSAGES ?? 1000);
const HOUR = 3_600_000;
const POISON_INDEX = Math.floor(COUNT / 2);

interface Bench {
  rt: ConnectorRuntime;
  org: string;
  poison: Set<string>;
  recorded: () => Promise<number>;
  deadLetters: () => Promise<number>;
}

function poisoned(sink: MessageSink, poison: Set<string>): MessageSink {
  return {
    ingest: (batch) =>
      batch.some((m) => poison.has(m.messageId))
        ? Promise.reject(new Error("observe path bug"))
        : sink.ingest(batch),
  };
}

async function timed(label: string, run: () => Promise<RunOutcome>, bench: Bench): Promise<void> {
  const started = performance.now();
  const outcome = await run();
  const ms = performance.now() - started;
  const state = await bench.rt.store.get(bench.org, SUPPORT_ID);
  const phase = (state?.cursor as { phase?: string } | null)?.phase ?? "none";
  const replay = outcome.status === "synced" && outcome.replay !== null ? outcome.replay : null;
  console.log(
    [
      `  ${label}: ${outcome.status} in ${(ms / 1000).toFixed(2)} s`,
      `recorded so far ${await bench.recorded()}`,
      `dead letters ${await bench.deadLetters()}`,
      `cursor ${phase}`,
      ...(outcome.status === "synced" ? [`pages ${outcome.report.pages}`] : []),
      ...(replay === null ? [] : [`replay resolved ${replay.resolved}, failed again ${replay.failedAgain}`]),
      ...(outcome.status === "failed" ? [`error ${outcome.error}`] : []),
    ].join(", "),
  );
}

async function scenario(name: string, gmail: FakeGmail, bench: Bench, clock: { now: number }): Promise<void> {
  console.log(`${name}: ${COUNT} messages, message ${POISON_INDEX + 1} throws a plain Error`);
  const start = clock.now - 3 * 24 * HOUR;
  for (let n = 0; n < COUNT; n++) {
    const mail = customerMail(n, start + n * 60_000);
    gmail.deliver(mail.headers);
    if (n === POISON_INDEX) bench.poison.add(mail.headers["Message-ID"] ?? "");
  }
  await timed("run 1", () => runConnector(bench.rt, bench.org, SUPPORT_ID), bench);
  for (let n = COUNT; n < COUNT + 10; n++) gmail.deliver(customerMail(n, clock.now + n).headers);
  clock.now += 5 * 60_000;
  await timed("run 2 (10 new)", () => runConnector(bench.rt, bench.org, SUPPORT_ID), bench);
  bench.poison.clear();
  clock.now += 10 * 60_000;
  await timed(
    "run 3 (poison cured, replay)",
    () => runConnector(bench.rt, bench.org, SUPPORT_ID, { replay: true }),
    bench,
  );
}

async function inMemory(): Promise<void> {
  const gmail = new FakeGmail(MAILBOX);
  await gmail.start();
  try {
    const clock = { now: Date.now() };
    const poison = new Set<string>();
    const base = memoryRuntime(
      { gmail: () => gmailApiFor(gmail, recordingRetry([]), () => clock.now) },
      clock.now,
    );
    const rt: ConnectorRuntime = {
      ...base,
      now: () => clock.now,
      sinkFor: () => poisoned(base.sink, poison),
    };
    await rt.store.put(newConnectorState("bench", SUPPORT_ID, MAILBOX, "google", {}, clock.now - HOUR));
    await scenario(
      "memory sink",
      gmail,
      {
        rt,
        org: "bench",
        poison,
        recorded: () => Promise.resolve(base.sink.recorded.size),
        deadLetters: () => Promise.resolve(base.deadLetters.letters.size),
      },
      clock,
    );
  } finally {
    await gmail.stop();
  }
}

async function onFirestore(): Promise<void> {
  const gmail = new FakeGmail(MAILBOX);
  await gmail.start();
  try {
    const clock = { now: Date.now() };
    const poison = new Set<string>();
    const org = await createOrg();
    const base = createRuntime(
      db(),
      () => {
        throw new Error("no real credentials in a benchmark");
      },
      { gmailFor: () => gmailApiFor(gmail, recordingRetry([]), () => clock.now), now: () => clock.now },
    );
    const rt: ConnectorRuntime = { ...base, sinkFor: (state) => poisoned(base.sinkFor(state), poison) };
    await rt.store.put(newConnectorState(org, SUPPORT_ID, MAILBOX, "google", {}, clock.now - HOUR));
    await scenario(
      "Firestore observe path (emulator)",
      gmail,
      {
        rt,
        org,
        poison,
        recorded: async () => (await messageEvents(org)).length,
        deadLetters: async () => (await deadLettersRef(db(), org).get()).size,
      },
      clock,
    );
  } finally {
    await gmail.stop();
  }
}

async function main(): Promise<void> {
  await inMemory();
  if (process.env.FIRESTORE_EMULATOR_HOST !== undefined) await onFirestore();
  else
    console.log(
      "(FIRESTORE_EMULATOR_HOST not set: run under scripts/with-emulators.mjs for the Firestore figures)",
    );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
