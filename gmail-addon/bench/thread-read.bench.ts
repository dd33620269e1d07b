/**
 * Gmail service calls made by the contextual trigger (onGmailMessage) when a 200-message thread is
 * opened, for docs/benchmarks.md ("Gmail thread open"). Apps Script does not document what one
 * GmailMessage getter costs, so the figure is the number of calls, counted by the stand-in:
 * - a team thread (to support@): first open, second open (nothing new), open after one new reply,
 *   and an open after the user cache was evicted;
 * - a private thread (no Baton mailbox on it): first and second open, and how many requests left.
 * The real bundle (dist/Code.js) runs in a fresh vm per Apps Script execution, as in Google's
 * runtime; the backend is a canned answer (this measures Gmail reads, not the network).
 * Run: npm run bench -w gmail-addon (or: npm run build -w gmail-addon && npx tsx gmail-addon/bench/thread-read.bench.ts)
 */
/// <reference types="google-apps-script" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import {
  countGmailCalls,
  createAppsScriptStandIn,
  gmailEvent,
  type StandInThread,
} from "../src/test-support/apps-script-standin";
import { SCENARIOS } from "../src/test-support/scenarios";

const MAILBOX = "support@demo.baton.test";
const SIZE = 200;

function thread(id: string, to: (i: number) => string): StandInThread {
  const start = Date.UTC(2026, 2, 2, 9, 0);
  return {
    id,
    messages: Array.from({ length: SIZE }, (_, i) => ({
      id: `${id}-m${i}`,
      headers: {
        "Message-ID": `<${id}.${i}@customer.test>`,
        ...(i === 0
          ? {}
          : { "In-Reply-To": `<${id}.${i - 1}@customer.test>`, References: `<${id}.0@customer.test>` }),
      },
      from: i % 2 === 0 ? "Carla <carla@customer.test>" : `Support <${MAILBOX}>`,
      to: to(i),
      subject: i === 0 ? "Refund" : "Re: Refund",
      date: new Date(start + i * 60_000),
    })),
  };
}

const team = thread("team", (i) => (i % 2 === 0 ? `Support <${MAILBOX}>` : "carla@customer.test"));
const personal = thread("personal", (i) => (i % 2 === 0 ? "ana@demo.baton.test" : "carla@customer.test"));
for (const message of personal.messages) message.from = "Dad <dad@family.test>";

const view = SCENARIOS.unclaimed();
const me = {
  email: "ana@demo.baton.test",
  name: "Ana",
  role: "agent",
  org: "demo",
  allowed: [],
  members: [],
  mailboxes: [{ id: "support", address: MAILBOX, name: "Support" }],
};

const bundle = readFileSync(join(__dirname, "..", "dist", "Code.js"), "utf8");

/** One user's add-on: stand-in services (user properties and cache persist across executions). */
function user() {
  const standIn = createAppsScriptStandIn({
    threads: [team, personal],
    // Canned answers: this measures Gmail reads, not the network.
    backend: ({ path }) => ({ status: 200, body: path === "/me" ? me : { view } }),
  });
  const requests = () =>
    standIn.fetchAttempts.map((a) => `${a.method} ${new URL(a.url).pathname.replace(/^.*?\/v1/, "")}`);
  const open = (subject: StandInThread) => {
    const context = vm.createContext({ ...standIn.globals }) as Record<string, unknown>;
    vm.runInContext(bundle, context);
    standIn.gmailCalls.clear();
    standIn.fetchAttempts.length = 0;
    const last = subject.messages.at(-1);
    if (last === undefined) throw new Error("an empty thread cannot be opened");
    const card = JSON.parse(
      (context["onGmailMessage"] as (e: unknown) => { printJson(): string })(
        gmailEvent({ messageId: last.id, threadId: subject.id }),
      ).printJson(),
    ) as { name: string };
    return {
      calls: countGmailCalls(standIn.gmailCalls),
      byMethod: new Map(standIn.gmailCalls),
      requests: requests(),
      card: card.name,
    };
  };
  return { standIn, open };
}

function line(label: string, result: ReturnType<ReturnType<typeof user>["open"]>): void {
  const methods = [...result.byMethod.entries()]
    .map(([name, n]) => `${name.replace(/^Gmail/, "")}×${n}`)
    .join(", ");
  console.log(
    `${label}: ${result.calls} Gmail calls -> ${result.card}; requests [${result.requests.join(", ")}]`,
  );
  console.log(`    ${methods}`);
}

const ana = user();
line(`team thread, ${SIZE} messages, first open`, ana.open(team));
line(`team thread, ${SIZE} messages, second open`, ana.open(team));
team.messages.push({
  id: "team-new",
  headers: { "Message-ID": "<team.new@customer.test>", "In-Reply-To": `<team.${SIZE - 1}@customer.test>` },
  from: "Carla <carla@customer.test>",
  to: MAILBOX,
  subject: "Re: Refund",
  date: new Date(Date.UTC(2026, 2, 3, 9, 0)),
});
line(`team thread, one new message, open`, ana.open(team));
ana.standIn.userCache.evictAll();
line(`team thread, after the user cache was evicted`, ana.open(team));
line(`private thread, ${SIZE} messages, first open`, ana.open(personal));
line(`private thread, ${SIZE} messages, second open`, ana.open(personal));
