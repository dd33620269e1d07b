/**
 * A generated month of 50,000 conversations: rollups against recomputation from the raw events
 * (counts exact, percentiles within the stated bound), their size, and what a month view costs —
 * documents read and time — when the rollups sit in the Firestore emulator.
 *   node scripts/with-emulators.mjs tsx tests/dashboard/month.bench.ts      (with the emulator)
 *   npx tsx --tsconfig tests/tsconfig.json tests/dashboard/month.bench.ts  (in memory only)
 * CONVERSATIONS=n to change the size. Writes test-artifacts/dashboard/month-bench.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { DateTime } from "luxon";
import {
  accumulateRollups,
  businessTimeBetween,
  conversationFacts,
  exactPercentile,
  HISTOGRAM_RELATIVE_ERROR,
  rollupDeltas,
  rollupDocId,
  rollupsOf,
  rollupsOfFacts,
  summarizeRollups,
  type ConversationEvent,
  type RollupSet,
} from "@baton/shared";
import { plainDoc } from "../../backend/src/metrics/rollup-docs";
import { readMetrics } from "../../backend/src/metrics/read-metrics";
import { generateMonth, MAILBOXES, MONTH_CALENDAR } from "../../shared/test/metrics/generate-month";
import { clearOrg, contextFor, emulatorDb } from "./support";

const COUNT = Number(process.env.CONVERSATIONS ?? 50_000);
const ZONE = MONTH_CALENDAR.timeZone;
const ORG = "bench-month";

function ms(start: number): number {
  return Math.round(performance.now() - start);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const effective = (e: ConversationEvent) =>
  e.type === "message_received" || e.type === "message_sent" ? Math.min(e.sentAt, e.at) : e.at;

async function main(): Promise<void> {
  const report: Record<string, unknown> = { conversations: COUNT };
  let t = performance.now();
  const month = generateMonth(COUNT, 2026);
  report.events = month.reduce((n, c) => n + c.events.length, 0);
  report.generateMs = ms(t);

  t = performance.now();
  const rollups: RollupSet = new Map();
  const facts = month.map((c) => conversationFacts(c.events, contextFor(c.mailboxId).policy, MONTH_CALENDAR));
  month.forEach((c, i) => {
    const f = facts[i];
    if (f !== undefined) accumulateRollups(rollups, rollupsOfFacts(f, contextFor(c.mailboxId)).values());
  });
  report.rollupMs = ms(t);
  report.rollupDocuments = rollups.size;
  report.rollupDocumentsAll = [...rollups.values()].filter((d) => d.key.agent === "_all").length;
  report.rollupJsonBytes = JSON.stringify([...rollups.values()]).length;

  // Incremental maintenance (what the transactions do) agrees with the whole-log rollups.
  t = performance.now();
  const sample = month.slice(0, 2000);
  const incremental: RollupSet = new Map();
  const whole: RollupSet = new Map();
  for (const c of sample) {
    for (let i = 0; i < c.events.length; i += 1) {
      accumulateRollups(
        incremental,
        rollupDeltas(c.events.slice(0, i), c.events.slice(i, i + 1), contextFor(c.mailboxId)),
      );
    }
    accumulateRollups(whole, rollupsOf(c.events, contextFor(c.mailboxId)).values());
  }
  // Deep equality, not JSON text: key order inside a rollup depends on the order facts arrived.
  const sameIncremental = isDeepStrictEqual(new Map([...incremental].sort()), new Map([...whole].sort()));
  report.incrementalSample = { conversations: sample.length, equal: sameIncremental, ms: ms(t) };

  // Recomputation from the raw events, per mailbox: counts exact, percentiles within the bound.
  t = performance.now();
  const checks: Array<Record<string, unknown>> = [];
  let countMismatches = 0;
  let worstError = 0;
  for (const mailboxId of MAILBOXES) {
    const convs = month.filter((c) => c.mailboxId === mailboxId);
    const inbound = new Map<string, number>();
    const received = new Map<string, number>();
    const wall: number[] = [];
    const business: number[] = [];
    for (const c of convs) {
      const ins = c.events.filter((e) => e.type === "message_received").map(effective);
      const outs = c.events
        .filter((e) => e.type === "message_sent")
        .map(effective)
        .sort((a, b) => a - b);
      for (const at of ins) {
        const day = DateTime.fromMillis(at, { zone: ZONE }).toISODate() ?? "";
        inbound.set(day, (inbound.get(day) ?? 0) + 1);
      }
      const first = Math.min(...ins);
      const firstDay = DateTime.fromMillis(first, { zone: ZONE }).toISODate() ?? "";
      received.set(firstDay, (received.get(firstDay) ?? 0) + 1);
      const reply = outs.find((at) => at >= first);
      if (reply !== undefined) {
        wall.push(reply - first);
        business.push(businessTimeBetween(MONTH_CALENDAR, first, reply));
      }
    }
    const summary = summarizeRollups([...rollups.values()].filter((d) => d.key.mailboxId === mailboxId));
    for (const day of summary.days) {
      if (day.counts.inbound !== (inbound.get(day.day) ?? 0)) countMismatches += 1;
      if (day.counts.received !== (received.get(day.day) ?? 0)) countMismatches += 1;
    }
    const pairs: Array<[string, number | null, number | null]> = [
      [
        "firstResponseWall p50",
        summary.totals.durations.firstResponseWall.median,
        exactPercentile(wall, 0.5),
      ],
      ["firstResponseWall p90", summary.totals.durations.firstResponseWall.p90, exactPercentile(wall, 0.9)],
      [
        "firstResponseBusiness p50",
        summary.totals.durations.firstResponseBusiness.median,
        exactPercentile(business, 0.5),
      ],
      [
        "firstResponseBusiness p90",
        summary.totals.durations.firstResponseBusiness.p90,
        exactPercentile(business, 0.9),
      ],
    ];
    for (const [name, read, exact] of pairs) {
      const error = read === null || exact === null || exact === 0 ? 0 : Math.abs(read - exact) / exact;
      worstError = Math.max(worstError, error);
      checks.push({
        mailboxId,
        name,
        read: Math.round(read ?? 0),
        exact,
        relativeError: Number(error.toFixed(5)),
      });
    }
  }
  report.recompute = {
    ms: ms(t),
    countMismatches,
    worstPercentileRelativeError: Number(worstError.toFixed(5)),
    bound: Number(HISTOGRAM_RELATIVE_ERROR.toFixed(5)),
    withinBound: worstError <= HISTOGRAM_RELATIVE_ERROR,
    checks,
  };

  // Summarising a month for one mailbox and for all, in memory.
  const october = [...rollups.values()].filter((d) => d.key.day >= "2026-10-01" && d.key.day <= "2026-10-31");
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    t = performance.now();
    summarizeRollups(october);
    times.push(performance.now() - t);
  }
  report.summarizeMonthMs = Number(median(times).toFixed(1));
  report.monthSummary = summarizeRollups(october);

  if ((process.env.FIRESTORE_EMULATOR_HOST ?? "") !== "") {
    const db = emulatorDb();
    await clearOrg(db, ORG);
    t = performance.now();
    const writer = db.bulkWriter();
    for (const { key, rollup } of rollups.values()) {
      void writer.set(
        db.collection("orgs").doc(ORG).collection("rollups").doc(rollupDocId(key)),
        plainDoc(key, rollup),
      );
    }
    await writer.close();
    report.writeRollupsMs = ms(t);
    const reads: Record<string, unknown> = {};
    for (const [name, range] of [
      ["month, all mailboxes", { from: "2026-10-01", to: "2026-10-31" }],
      ["month, support", { from: "2026-10-01", to: "2026-10-31", mailbox: "support" }],
      ["month, one agent", { from: "2026-10-01", to: "2026-10-31", agent: "ana@demo.baton.test" }],
      ["one week, support", { from: "2026-10-05", to: "2026-10-11", mailbox: "support" }],
    ] as const) {
      const samples: number[] = [];
      let documentsRead = 0;
      for (let i = 0; i < 5; i += 1) {
        t = performance.now();
        const response = await readMetrics(db, ORG, range);
        samples.push(performance.now() - t);
        documentsRead = response.documentsRead;
      }
      reads[name] = { documentsRead, medianMs: Math.round(median(samples)) };
    }
    report.emulatorReads = reads;
  }

  const out = join(__dirname, "..", "..", "test-artifacts", "dashboard");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "month-bench.json"), JSON.stringify(report, null, 2));
  const { monthSummary: _omit, ...printable } = report;
  console.log(
    JSON.stringify(
      { ...printable, recompute: { ...(report.recompute as object), checks: undefined } },
      null,
      2,
    ),
  );
  if (!sameIncremental || countMismatches > 0 || worstError > HISTOGRAM_RELATIVE_ERROR) process.exit(1);
}

void main();
