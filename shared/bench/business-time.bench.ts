/**
 * Business-time benchmark: Baton's engine vs moment-business-time and dayjs-business-time on the
 * same cases (America/New_York, Mon-Fri 09:00-17:00, US holidays, due dates up to 5 business days),
 * plus how often each disagrees with the brute-force oracle. Run: npm run bench -w shared
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { addBusinessTime, businessTimeBetween } from "../src/time";
import { makeOracle } from "../test/time/oracle";
import { CALENDAR, ZONE, makeCases, opsPerSecond } from "./cases";

const N = Number(process.env.BENCH_CASES ?? "1000");
const MIN = 60_000;
const DAY = 86_400_000;
const cases = makeCases(N);
const betweenEnd = (c: { start: number; minutes: number }): number => c.start + c.minutes * MIN + 3 * DAY;

// Oracle answers (minute stepping, so minute-aligned cases only; slow, computed once).
const expected = cases.map((c) => {
  const oracle = makeOracle(CALENDAR, c.start - DAY, c.start + 25 * DAY);
  return { add: oracle.add(c.start, c.minutes * MIN), between: oracle.between(c.start, betweenEnd(c)) };
});

const ours = {
  adds: cases.map((c) => addBusinessTime(CALENDAR, c.start, c.minutes * MIN)),
  betweens: cases.map((c) => businessTimeBetween(CALENDAR, c.start, betweenEnd(c))),
  addOps: opsPerSecond(cases, (c) => addBusinessTime(CALENDAR, c.start, c.minutes * MIN)),
  betweenOps: opsPerSecond(cases, (c) => businessTimeBetween(CALENDAR, c.start, betweenEnd(c))),
  // The backend's pattern: an equal calendar freshly parsed from JSON for every call.
  addFreshOps: opsPerSecond(cases, (c) =>
    addBusinessTime({ ...CALENDAR, weekly: { ...CALENDAR.weekly } }, c.start, c.minutes * MIN),
  ),
};

interface Result {
  adds: number[];
  betweens: number[];
  addOps: number;
  betweenOps: number;
}
const child = spawnSync(
  process.execPath,
  [...process.execArgv, path.join(__dirname, "competitors.ts"), String(N)],
  {
    env: { ...process.env, TZ: ZONE },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (child.status !== 0) throw new Error(`competitors failed: ${child.stderr}`);
const others = JSON.parse(child.stdout) as { moment: Result; dayjs: Result };

const fmt = (t: number): string =>
  new Date(t).toLocaleString("sv-SE", { timeZone: ZONE, hour12: false }).slice(0, 16) + ` ${ZONE}`;

function disagreements(name: string, result: Pick<Result, "adds" | "betweens">): string[] {
  const lines: string[] = [];
  for (const kind of ["add", "between"] as const) {
    const got = kind === "add" ? result.adds : result.betweens;
    const bad = cases.map((_, i) => i).filter((i) => got[i] !== expected[i]?.[kind]);
    let line = `${name} ${kind}: ${bad.length}/${N} disagree with the oracle`;
    if (kind === "add" && bad.length > 0) {
      // Same business time used, different instant: the library stops at the closing time instead
      // of the next opening (a convention, not an arithmetic error).
      const closing = bad.filter((j) => {
        const c = cases[j] as (typeof cases)[number];
        return businessTimeBetween(CALENDAR, c.start, got[j] as number) === c.minutes * MIN;
      }).length;
      line += ` (${closing} of them only by returning the closing time instead of the next opening)`;
    }
    const i = bad[0];
    const c = i === undefined ? undefined : cases[i];
    const want = i === undefined ? undefined : expected[i];
    const have = i === undefined ? undefined : got[i];
    if (c !== undefined && want !== undefined && have !== undefined) {
      line +=
        kind === "add"
          ? `; e.g. ${fmt(c.start)} + ${c.minutes} min: oracle ${fmt(want.add)}, got ${fmt(have)}`
          : `; e.g. [${fmt(c.start)}, ${fmt(betweenEnd(c))}): oracle ${want.between / MIN} min, got ${have / MIN} min`;
    }
    lines.push(line);
  }
  return lines;
}

const row = (name: string, add: number, between: number): string =>
  `| ${name} | ${Math.round(add).toLocaleString("en-US")} | ${Math.round(between).toLocaleString("en-US")} | ${(ours.addOps / add).toFixed(0)}x |`;

console.log(
  `Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}`,
);
console.log(
  `Cases: ${N}, ${ZONE}, Mon-Fri 09:00-17:00, ${CALENDAR.holidays?.length} holidays, 2025-2026, 1..2400 business min\n`,
);
console.log("| engine | addBusinessTime ops/s | businessTimeBetween ops/s | Baton add speed-up |");
console.log("|---|---|---|---|");
console.log(row("Baton (cached calendar object)", ours.addOps, ours.betweenOps));
console.log(
  `| Baton (fresh equal calendar per call) | ${Math.round(ours.addFreshOps).toLocaleString("en-US")} | | |`,
);
console.log(row("moment-business-time 2.0.0", others.moment.addOps, others.moment.betweenOps));
console.log(row("dayjs-business-time 1.0.4", others.dayjs.addOps, others.dayjs.betweenOps));
console.log("");
for (const line of [
  ...disagreements("Baton", ours),
  ...disagreements("moment-business-time", others.moment),
  ...disagreements("dayjs-business-time", others.dayjs),
]) {
  console.log(`- ${line}`);
}
