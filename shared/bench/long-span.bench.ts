/**
 * Long spans: the business-time engine and slaState over 100 years and from year 0001 to now
 * (issue 12: a message dated 0100-01-01 must not hold a worker). Europe/Amsterdam, Mon-Fri
 * 09:00-17:00, 10 holidays a year. "cold" is the first call in a fresh process (zone offsets and
 * calendar summaries not yet computed); "warm" is the median of repeated calls.
 * Run: npx tsx shared/bench/long-span.bench.ts (part of npm run bench -w shared).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { ConversationEvent } from "../src/conversation/types";
import { DEFAULT_SLA_POLICY, slaState } from "../src/sla";
import type { BusinessCalendar } from "../src/time";
import { addBusinessTime, businessTimeBetween } from "../src/time";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12, 0);
const HUNDRED_YEARS_AGO = Date.UTC(1926, 10, 23, 12, 0);
const YEAR_ONE = new Date(0).setUTCFullYear(1, 0, 1);

/** Easter Sunday (anonymous Gregorian algorithm) as a day number. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY;
}

/** Dutch-style holidays, 10 a year: fixed dates plus the Easter-bound ones. */
function holidaysOf(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
  for (let y = fromYear; y <= toYear; y++) {
    const e = easter(y);
    const fixed = ["01-01", "04-27", "05-05", "12-25", "12-26"].map((md) => `${y}-${md}`);
    out.push(...fixed, ...[-2, 1, 39, 49, 50].map((d) => iso(e + d)));
  }
  return [...new Set(out)].sort();
}

const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];
const weekly = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const HOLIDAYS = holidaysOf(1926, 2026);
const freshCalendar = (): BusinessCalendar => ({
  timeZone: "Europe/Amsterdam",
  weekly: { ...weekly },
  holidays: [...HOLIDAYS],
});

function inboundAt(at: number): ConversationEvent {
  return {
    id: "ev-1",
    at,
    actor: "customer@example.com",
    type: "message_received",
    messageId: "m-1",
    from: "customer@example.com",
    subject: "Help",
    sentAt: at,
  };
}

/** First call (cold) and the median of up to 50 more within ~2 s (warm), in ms. */
function measure(body: () => unknown): { cold: number; warm: number } {
  let t = performance.now();
  body();
  const cold = performance.now() - t;
  const runs: number[] = [];
  const until = performance.now() + 2000;
  while (runs.length < 50 && performance.now() < until && cold < 5000) {
    t = performance.now();
    body();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { cold, warm: runs[Math.floor(runs.length / 2)] ?? cold };
}

const cal = freshCalendar();
let total100 = 0;
const cases: Array<[string, () => unknown]> = [
  [
    "businessTimeBetween, 100 years (1926 -> 2026)",
    () => (total100 = businessTimeBetween(cal, HUNDRED_YEARS_AGO, NOW)),
  ],
  ["addBusinessTime, 100 years of business time", () => addBusinessTime(cal, HUNDRED_YEARS_AGO, total100)],
  ["businessTimeBetween, year 0001 -> 2026", () => businessTimeBetween(cal, YEAR_ONE, NOW)],
  [
    "slaState, first message 100 years ago",
    () => slaState([inboundAt(HUNDRED_YEARS_AGO)], DEFAULT_SLA_POLICY, cal, NOW),
  ],
  [
    "slaState, first message in year 0001",
    () => slaState([inboundAt(YEAR_ONE)], DEFAULT_SLA_POLICY, cal, NOW),
  ],
];

console.log(
  `Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}`,
);
console.log(`Europe/Amsterdam, Mon-Fri 09:00-17:00, ${HOLIDAYS.length} holidays (1926-2026)\n`);
console.log("| case | cold (first call) ms | warm (median) ms |");
console.log("|---|---|---|");
const only = process.env.BENCH_ONLY;
for (const [name, body] of cases) {
  if (only !== undefined && !name.includes(only)) continue;
  const { cold, warm } = measure(body);
  console.log(`| ${name} | ${cold.toFixed(2)} | ${warm.toFixed(3)} |`);
}
