// The Outlook task pane's budgets (DESIGN.md), measured — a benchmark script, not a test:
//   1. task pane JavaScript, gzipped: the first bundle taskpane.js (budget: <= 150 KB) and everything
//      the pane may load later (the Firestore chunk, the catalogues; budget <= 200 KB), from the
//      production build in dist/ (src/budget/bundle.test.ts holds the same budgets in npm test);
//   2. item open -> owner + countdown on screen, p95 (budget: <= 300 ms), against the local stack:
//      the seeded demo org (npm start), one pinned pane in Chromium following the selection through
//      ItemChanged across the seeded threads, timed inside the page (performance.measure
//      "baton:item-to-owner": from reading the item to the render that shows owner and clocks).
//
//   npm start                              # in another terminal: emulators + seed
//   npm run bench -w outlook-addin         # [--rounds 3] [--as ana@demo.baton.test]
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "../../tests/support/chromium";
import { paneFragment, standinItemFor, type ReceivedMessage } from "../../workbench/src/thread-item";
import {
  COMPOSE_JS_BUDGET_KB,
  entrySize,
  kb,
  TASKPANE_ALL_JS_BUDGET_KB,
  TASKPANE_FIRST_JS_BUDGET_KB,
} from "../src/budget/bundle";

const dist = join(__dirname, "..", "dist");
const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const rounds = Number(arg("rounds", "3"));
const member = arg("as", "ana@demo.baton.test");
const password = process.env.BATON_DEMO_PASSWORD ?? "demo-password";
const authHost = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? "127.0.0.1:9099";
const firestoreHost = process.env.FIRESTORE_EMULATOR_HOST ?? "127.0.0.1:8080";
const project = process.env.GCLOUD_PROJECT ?? "demo-baton";
const apiBase = process.env.BATON_API_BASE ?? `http://127.0.0.1:5001/${project}/us-central1/api/v1`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function signIn(): Promise<string> {
  const response = await fetch(
    `http://${authHost}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: member, password, returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string };
  if (body.idToken === undefined)
    throw new Error(`Cannot sign in as ${member}: is npm start running and seeded?`);
  return body.idToken;
}

interface Thread {
  key: string;
  mailbox: string;
  message: ReceivedMessage;
}

/** The seeded threads (GET /queue) with their latest received message (the event log, read as the member). */
async function loadThreads(token: string): Promise<Thread[]> {
  const headers = { authorization: `Bearer ${token}` };
  const queue = (await (await fetch(`${apiBase}/queue?limit=100`, { headers })).json()) as {
    items?: { key: string; mailbox: string }[];
  };
  const threads: Thread[] = [];
  for (const item of queue.items ?? []) {
    const url = `http://${firestoreHost}/v1/projects/${project}/databases/(default)/documents/orgs/demo/conversations/${item.key}/events?pageSize=300`;
    const events = (await (await fetch(url, { headers })).json()) as {
      documents?: { fields: Record<string, { stringValue?: string; integerValue?: string }> }[];
    };
    const received = (events.documents ?? [])
      .map((doc) => doc.fields)
      .filter((fields) => fields.type?.stringValue === "message_received")
      .sort((a, b) => Number(b.at?.integerValue ?? 0) - Number(a.at?.integerValue ?? 0))[0];
    if (received?.messageId?.stringValue === undefined) continue;
    threads.push({
      key: item.key,
      mailbox: item.mailbox,
      message: {
        messageId: received.messageId.stringValue,
        from: received.from?.stringValue ?? "customer@example.com",
        subject: received.subject?.stringValue ?? "",
        sentAt: Number(received.sentAt?.integerValue ?? received.at?.integerValue ?? 0),
      },
    });
  }
  return threads;
}

async function startServer(): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(__dirname, "..", "scripts", "serve.mjs"), "--port", "0"], {
    env: { ...process.env, BATON_API_BASE: apiBase },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /https:\/\/localhost:\d+/.exec(chunk.toString());
      if (match !== null) resolve(match[0]);
    });
    child.once("exit", () => {
      reject(new Error("serve.mjs exited"));
    });
  });
  return { origin, stop: () => child.kill("SIGTERM") };
}

/** Selects a thread in the pinned pane (ItemChanged) and returns the in-page measure for it. */
async function openInPane(page: Page, thread: Thread): Promise<number> {
  const item = standinItemFor(thread.key, thread.message, thread.mailbox);
  return page.evaluate(
    async ({ item, key }) => {
      performance.clearMeasures("baton:item-to-owner");
      document.body.dataset.ready = "";
      window.postMessage({ type: "baton-standin:select-item", item }, location.origin);
      const started = performance.now();
      while (document.body.dataset.ready !== key) {
        if (performance.now() - started > 10_000) throw new Error(`timed out opening ${key}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const entry = performance.getEntriesByName("baton:item-to-owner")[0];
      return entry === undefined ? NaN : entry.duration;
    },
    { item, key: thread.key },
  );
}

async function main(): Promise<void> {
  const pane = entrySize(dist, "taskpane");
  console.log(
    [
      `Task pane first bundle (taskpane.js): ${kb(pane.first)} gzipped (budget ${TASKPANE_FIRST_JS_BUDGET_KB} KB)`,
      `Task pane, all chunks it may load: ${kb(pane.all)} gzipped (budget ${TASKPANE_ALL_JS_BUDGET_KB} KB): ${Object.entries(
        pane.files,
      )
        .map(([file, bytes]) => `${file} ${kb(bytes)}`)
        .join(", ")}`,
      `Compose pane JS: ${kb(entrySize(dist, "compose").all)} gzipped (budget ${COMPOSE_JS_BUDGET_KB} KB)`,
    ].join("\n"),
  );

  const token = await signIn();
  const threads = await loadThreads(token);
  const [first, ...others] = threads;
  if (first === undefined) throw new Error("No seeded threads found: run npm start (it seeds the demo org).");
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    const fragment = paneFragment(standinItemFor(first.key, first.message, first.mailbox), member, "light");
    const loadStarted = Date.now();
    await page.goto(`${server.origin}/workbench-pane.html#${fragment}`);
    await page.waitForFunction((key) => document.body.dataset.ready === key, first.key, { timeout: 30_000 });
    const coldMs = Date.now() - loadStarted;
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const thread of [...others, first]) {
        const duration = await openInPane(page, thread);
        const shown = await page.evaluate(() => ({
          owner: document.querySelector('[data-testid="owner"]')?.textContent ?? "",
          clocks: document.querySelectorAll(".clock").length,
        }));
        if (shown.owner === "") throw new Error(`no owner line for ${thread.key}`);
        samples.push(duration);
      }
    }
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(
      [
        `Cold start (page load + sign-in + first item, one sample): ${coldMs} ms`,
        `Item open -> owner + countdown on screen, ${samples.length} opens over ${threads.length} threads:`,
        `  p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms (budget p95 <= 300 ms)`,
      ].join("\n"),
    );
    await context.close();
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
