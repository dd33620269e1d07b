import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from "../time/units";
import { LIMIT_AREAS, type Limit } from "./limit";

const INTRO = [
  "# Limits",
  "",
  "Every size, count, rate, range and time bound Baton enforces, with the reason for it and what you see",
  "when you reach it. The values live in one place, the catalogue in `shared/src/limits/`",
  "(`@baton/shared/limits`); the code reads them from there and this page is rendered from it. After",
  "changing the catalogue, run `npm run limits:doc` to regenerate this page (a unit test fails while it",
  "is out of date).",
  "",
  "An API error reads `status code: message`: the JSON body is `{ error: { code, message } }` and the",
  "add-ins and the dashboard show the message as a sentence. For bounds on a request's fields the",
  "message names the field, `[0]` standing for the position of the offending item.",
];

const UNITS: ReadonlyArray<readonly [number, string, string]> = [
  [DAY_MS, "day", "days"],
  [HOUR_MS, "hour", "hours"],
  [MINUTE_MS, "minute", "minutes"],
  [SECOND_MS, "second", "seconds"],
];

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** "30 days (2,592,000,000 ms)" for a duration that a larger unit divides, else "90,000 ms". */
function formatMs(ms: number): string {
  for (const [size, one, many] of UNITS) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${count(n)} ${n === 1 ? one : many} (${count(ms)} ms)`;
    }
  }
  return `${count(ms)} ms`;
}

export function formatLimitValue(limit: Limit): string {
  if (limit.unit === "ms") return formatMs(limit.value);
  return `${count(limit.value)} ${limit.unit}`;
}

/** A table cell: one line, no column separator. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

function table(entries: ReadonlyArray<readonly [string, Limit]>): string[] {
  return [
    "| Limit | Value | Why | What you see |",
    "| --- | --- | --- | --- |",
    ...entries.map(
      ([name, limit]) =>
        `| \`${name}\`: ${cell(limit.what)} | ${cell(formatLimitValue(limit))} | ${cell(limit.why)} | ${cell(limit.reached)} |`,
    ),
  ];
}

/** docs/limits.md: the intro, then one table per area in LIMIT_AREAS order, entries in catalogue order. */
export function renderLimitsMarkdown(limits: Readonly<Record<string, Limit>>): string {
  const lines = [...INTRO];
  const entries = Object.entries(limits);
  for (const area of LIMIT_AREAS) {
    const inArea = entries.filter(([, limit]) => limit.area === area);
    if (inArea.length === 0) continue;
    lines.push("", `## ${area}`, "", ...table(inArea));
  }
  return `${lines.join("\n")}\n`;
}
