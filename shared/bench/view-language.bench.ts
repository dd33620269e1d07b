/**
 * The view in the reader's language (issue 18): what one sidebarView costs in English and in Dutch,
 * and one per-second countdownText (the pane's tick), once each translator has parsed its messages.
 * A view with two clocks, three notes, two people present and a routing reason.
 * Run: npx tsx shared/bench/view-language.bench.ts
 */
import { translatorFor } from "../src/i18n/all";
import { countdownText, sidebarView, type SidebarInput } from "../src/view";
import { ams, clock, conversation, members, MINUTE, MON, TUE, ZONE } from "../test/view/fixtures";

function perCall(calls: number, run: () => void): number {
  run(); // warm the JIT, the parsed messages and the Intl formatters
  const started = performance.now();
  for (let i = 0; i < calls; i++) run();
  return ((performance.now() - started) * 1000) / calls;
}

const now = ams(MON, 9, 17, 50);
const note = (id: string, author: string, at: number) => ({
  id,
  author,
  body: "Checked the invoice.",
  mentions: [],
  createdAt: at,
  editedAt: null,
});
const input: SidebarInput = {
  conversation: conversation({
    assignee: "ben@demo.baton.test",
    assignedAt: ams(MON, 9, 5),
    notes: [
      note("n1", "ana@demo.baton.test", now - 30_000),
      note("n2", "ben@demo.baton.test", now - 5 * MINUTE),
    ],
  }),
  sla: {
    priority: "normal",
    clocks: [
      clock({ leftMs: 42 * MINUTE }),
      clock({ kind: "resolution", dueAt: ams(TUE, 11), leftMs: 8 * 60 * MINUTE, closesAt: ams(MON, 17) }),
    ],
    nextCheckAt: null,
  },
  me: { email: "ana@demo.baton.test", role: "agent" },
  nowMs: now,
  members,
  presence: [
    { email: "ben@demo.baton.test", state: "replying", at: now - 1_000 },
    { email: "chen@demo.baton.test", state: "viewing", at: now - 1_000 },
  ],
  timeZone: ZONE,
  readerZone: "America/New_York",
};

const [first] = input.sla.clocks;
if (first === undefined) throw new Error("the bench view needs a clock");

for (const language of ["en", "nl"]) {
  const t = translatorFor([language]);
  const view = perCall(5_000, () => sidebarView(input, t));
  const tick = perCall(20_000, () => countdownText(first, now, ZONE, { seconds: true }, t));
  console.log(
    `${language}: sidebarView ${view.toFixed(1)} µs/call, countdownText ${tick.toFixed(2)} µs/call`,
  );
}
