import { EN } from "../src/test-support/readers";
/**
 * Gmail add-on figures for docs/benchmarks.md:
 * - bundle size of dist/Code.js (raw and gzipped), budget 200 KB;
 * - Node-side time to turn an observe response into the CardService card, excluding the fetch:
 *   JSON.parse of the response body, the card model from the view, and the CardService calls
 *   (through the stand-in, which records them as Apps Script's builders would). Budget 50 ms.
 * - how long a fresh global scope takes to evaluate the bundle (Apps Script does it per execution).
 * Run: npm run bench -w gmail-addon
 */
/// <reference types="google-apps-script" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { buildContextualCard } from "../src/cards/contextual-card";
import { renderCard } from "../src/gmail/card-service";
import { createAppsScriptStandIn, installStandIn } from "../src/test-support/apps-script-standin";
import { SCENARIOS } from "../src/test-support/scenarios";

const ITERATIONS = 2_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const bundle = readFileSync(join(__dirname, "..", "dist", "Code.js"));
console.log(
  `bundle dist/Code.js: ${(bundle.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzipped (budget 200 KB)`,
);

// Every Apps Script execution starts a fresh runtime that evaluates the whole bundle first.
const loads: number[] = [];
for (let i = 0; i < 50; i += 1) {
  const context = vm.createContext({ ...createAppsScriptStandIn().globals });
  const started = performance.now();
  vm.runInContext(bundle.toString("utf8"), context);
  loads.push(performance.now() - started);
}
loads.sort((a, b) => a - b);
console.log(
  `bundle evaluation in a fresh global scope: p50 ${percentile(loads, 50).toFixed(2)} ms, max ${percentile(loads, 100).toFixed(2)} ms`,
);

installStandIn(createAppsScriptStandIn());
// Observe response bodies for every card state (unclaimed, mine with a note and tags, ...).
const bodies = Object.values(SCENARIOS).map((scenario) => JSON.stringify({ view: scenario() }));
const mine = JSON.stringify({ view: SCENARIOS.mine() });

function buildOnce(body: string): void {
  const { view } = JSON.parse(body) as { view: ReturnType<(typeof SCENARIOS)["mine"]> };
  renderCard(buildContextualCard(view, { timeZone: "Europe/Amsterdam", tr: EN }));
}

const first = performance.now();
buildOnce(mine);
const cold = performance.now() - first;

const samples: number[] = [];
for (let i = 0; i < ITERATIONS; i += 1) {
  const body = bodies[i % bodies.length] ?? mine;
  const started = performance.now();
  buildOnce(body);
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
console.log(
  `card build (parse + card model + CardService), ${ITERATIONS} runs over ${bodies.length} states: ` +
    `cold ${cold.toFixed(2)} ms, p50 ${percentile(samples, 50).toFixed(3)} ms, p95 ${percentile(samples, 95).toFixed(3)} ms, ` +
    `p99 ${percentile(samples, 99).toFixed(3)} ms, max ${percentile(samples, 100).toFixed(3)} ms (budget 50 ms)`,
);
