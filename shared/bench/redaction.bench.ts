/**
 * Redaction patterns on RE2 (re2js) against the backtracking RegExp they used to run on, with the
 * pathological admin pattern `(\w+\s?)+#` on notes of word characters and no "#". RegExp is timed
 * only up to 27 characters (each further character doubles it); RE2 up to 10,000, on a run of one
 * letter and on words with spaces.
 * Run: npx tsx shared/bench/redaction.bench.ts
 */
import { redact } from "../src/redaction";

const PATTERN = "(\\w+\\s?)+#";
const settings = { cards: false, ibans: false, patterns: [{ name: "redos", regex: PATTERN }] };

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function best(runs: number, run: () => void): number {
  return Math.min(...Array.from({ length: runs }, () => time(run)));
}

const rows: string[] = [];
new RegExp(PATTERN, "gu").test("a".repeat(16)); // warm the JIT
for (const length of [21, 24, 27]) {
  const note = "a".repeat(length);
  const ms = time(() => new RegExp(PATTERN, "gu").test(note));
  rows.push(`RegExp (backtracking)  ${String(length).padStart(6)} chars  ${ms.toFixed(1).padStart(9)} ms`);
}
// "matched": words ending in "#", so the whole note is one match and RE2 must track the groups.
const cases = [
  ["letters", "a", ""],
  ["words", "ab cd ", ""],
  ["matched", "ab cd ", "#"],
] as const;
for (const [label, unit, tail] of cases) {
  for (const length of [27, 1_000, 10_000]) {
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length);
    const note = body + tail;
    const ms = best(5, () => redact(note, settings));
    rows.push(
      `redact on RE2, ${label.padEnd(7)} ${String(length).padStart(6)} chars  ${ms.toFixed(1).padStart(9)} ms`,
    );
  }
}
console.log(`pattern ${PATTERN}, "a" notes have no "#", Node ${process.version}`);
for (const row of rows) console.log(row);
