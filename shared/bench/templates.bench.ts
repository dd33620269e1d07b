/**
 * Templates (issue 17): what one GET /templates and one render cost in the handler, beyond Firestore.
 * - searchTemplates over 250 templates (a full mailbox, 200, plus a full personal set, 50), each
 *   with a 2,000-character body: a two-word search that reads every body and matches none (the
 *   worst case: every haystack folded and scanned), a search that matches all, and a /shortcut.
 * - renderTemplate of a 10,000-character body (the limit) using every variable 20 times, with the
 *   English and the Dutch date phrase (Intl formatters cached per language and zone).
 * Run: npx tsx shared/bench/templates.bench.ts
 */
import { renderTemplate, searchTemplates, TEMPLATE_VARIABLES, type TemplateFacts } from "../src/templates";

function perCall(calls: number, run: () => void): number {
  run(); // warm the JIT and the formatters
  const started = performance.now();
  for (let i = 0; i < calls; i++) run();
  return ((performance.now() - started) * 1000) / calls;
}

const filler = "Thank you for your message about the delivery of your order; we are looking into it. ";
const body = filler.repeat(Math.ceil(2_000 / filler.length)).slice(0, 2_000);
const templates = Array.from({ length: 250 }, (_, i) => ({
  name: `Template number ${i}`,
  shortcut: `t-${i}`,
  tags: ["billing", `tag${i % 7}`],
  body,
  useCount: (i * 37) % 101,
  lastUsedAt: i * 1000,
}));

const usingAll = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(" ");
const line = `Hello ${usingAll}. `;
const bigBody = line.repeat(20).concat(filler.repeat(200)).slice(0, 10_000);
const facts: TemplateFacts = {
  customerName: "Lima, Ana",
  agentName: "Ben de Vries",
  mailboxName: "Support",
  conversationKey: "c_7k2q9xabcdefgh",
  firstResponseDue: Date.UTC(2026, 10, 24, 8),
  resolutionDue: Date.UTC(2026, 10, 25, 8),
  zone: "Europe/Amsterdam",
  now: Date.UTC(2026, 10, 23, 8),
};

const rows: Array<[string, number]> = [
  [
    "search 250 templates, no match (every body scanned)",
    perCall(200, () => searchTemplates(templates, "refund voucher", 20)),
  ],
  [
    "search 250 templates, all match (sort 250)",
    perCall(200, () => searchTemplates(templates, "delivery order", 20)),
  ],
  ["search 250 templates by /shortcut prefix", perCall(2000, () => searchTemplates(templates, "/t-1", 20))],
  ["render 10,000-char body, 160 variables, en", perCall(200, () => renderTemplate(bigBody, "en", facts))],
  ["render 10,000-char body, 160 variables, nl", perCall(200, () => renderTemplate(bigBody, "nl", facts))],
];
for (const [label, us] of rows) console.log(`${label.padEnd(56)} ${us.toFixed(1).padStart(8)} µs/call`);
