import { EN } from "../src/test-support/readers";
/**
 * Gmail card figures for the largest conversations, for docs/benchmarks.md: widgets and bytes of the
 * conversation card and of the pages of the All notes card against Google's limits (100 widgets,
 * 32 KB), and the Node-side time to build them (view -> card model -> card JSON), median of 50.
 * Cases: the most the API keeps (100 notes filling the 100,000-character notes budget) and far past
 * it (300 notes of 10,000 characters), both with 20 tags, a 2,000-character subject and 500 agents.
 * Run: npx tsx gmail-addon/bench/largest-card.bench.ts
 */
import { performance } from "node:perf_hooks";
import { buildContextualCard } from "../src/cards/contextual-card";
import { notePages, notesPageCard } from "../src/cards/notes-card";
import { toCardJson } from "../src/cards/to-json";
import { cardBytes, widgetsOf } from "../src/test-support/card-limits";
import { largestConversationView } from "../src/test-support/largest-conversation";

function median(run: () => void, times = 50): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

for (const [label, notes, length] of [
  ["API maximum: 100 notes x 1,000 chars", 100, 1000],
  ["past every cap: 300 notes x 10,000 chars", 300, 10_000],
] as const) {
  const view = largestConversationView({ notes, reader: "lead", claimed: true });
  view.notes = view.notes.map((note) => ({ ...note, body: note.body.slice(0, length) }));
  const main = toCardJson(buildContextualCard(view, { timeZone: "Europe/Amsterdam", tr: EN }));
  const pages = notePages(view.notes, EN);
  const pageCards = pages.map((_, i) => toCardJson(notesPageCard(view, pages, i, EN)));
  const worstPage = Math.max(...pageCards.map(cardBytes));
  const widestPage = Math.max(...pageCards.map((c) => widgetsOf(c).length));
  console.log(`${label}:`);
  console.log(`  conversation card: ${widgetsOf(main).length} widgets, ${cardBytes(main)} bytes`);
  console.log(
    `  All notes: ${pages.length} pages, at most ${widestPage} widgets and ${worstPage} bytes a page`,
  );
  console.log(
    `  build conversation card: ${median(() => toCardJson(buildContextualCard(view, { timeZone: "Europe/Amsterdam", tr: EN }))).toFixed(2)} ms`,
  );
  console.log(
    `  build All notes page 1: ${median(() => toCardJson(notesPageCard(view, notePages(view.notes, EN), 0, EN))).toFixed(2)} ms`,
  );
}
