// Replays a scripted day of mail into a demo mailbox through the connector path, so SLA clocks
// start and stop without a sidebar: a loopback Gmail fake plays the mailbox, the real connector
// (official Gmail client, cursors, observe path) syncs it into the running local stack's Firestore.
//   npm start                      # in another terminal: emulators + seeded demo org
//   npx tsx --tsconfig scripts/connectors/tsconfig.json scripts/connectors/replay-day.ts [--live]
// Without --live the whole day is backdated (it ends now) and synced at once; with --live the last
// steps arrive a few seconds apart and each is synced as it lands, like push would.
import { parseArgs } from "node:util";
import { messageKey } from "@baton/shared";
import { connectMailbox } from "../../backend/src/connectors/admin";
import { createRuntime } from "../../backend/src/connectors/providers";
import { DEFAULT_RETRY } from "../../backend/src/connectors/retry";
import { runConnector } from "../../backend/src/connectors/run-connector";
import { FakeGmail } from "../../backend/test/connectors/fake-gmail";
import { gmailApiFor } from "../../backend/test/connectors/gmail-harness";
import { firestore } from "../../backend/src/store/db";
import { findMailbox } from "../../backend/src/store/mailboxes";
import { paths } from "../../backend/src/store/paths";

interface Step {
  /** Minutes after the day's start (the day lasts 540 minutes and ends now). */
  at: number;
  thread: string;
  from: string;
  subject: string;
}

const DAY_MINUTES = 540;

/** A support morning: questions, replies from agents in any client, a customer follow-up, silence. */
function script(domain: string): Step[] {
  const agent = (name: string) => `${name}@${domain}`;
  return [
    { at: 5, thread: "refund", from: "Maya Chen <maya@northwind.test>", subject: "Refund for order 4411" },
    {
      at: 20,
      thread: "login",
      from: "Tom Berg <tom@contoso.test>",
      subject: "Cannot log in since the update",
    },
    { at: 48, thread: "refund", from: agent("ana"), subject: "Re: Refund for order 4411" },
    { at: 95, thread: "invoice", from: "Accounts <ap@fabrikam.test>", subject: "Invoice copy for March" },
    { at: 130, thread: "login", from: agent("ben"), subject: "Re: Cannot log in since the update" },
    {
      at: 190,
      thread: "login",
      from: "Tom Berg <tom@contoso.test>",
      subject: "Re: Cannot log in since the update",
    },
    {
      at: 260,
      thread: "api",
      from: "Priya Nair <priya@litware.test>",
      subject: "API rate limits on the new plan",
    },
    { at: 300, thread: "invoice", from: agent("chen"), subject: "Re: Invoice copy for March" },
    {
      at: 420,
      thread: "cancel",
      from: "Omar Haddad <omar@tailspin.test>",
      subject: "Please cancel my subscription",
    },
    { at: 500, thread: "api", from: agent("ana"), subject: "Re: API rate limits on the new plan" },
    { at: 525, thread: "shipping", from: "Lena Vogel <lena@adventure.test>", subject: "Where is my parcel?" },
    { at: 536, thread: "login", from: agent("dara"), subject: "Re: Cannot log in since the update" },
  ];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      live: { type: "boolean" },
      org: { type: "string", default: "demo" },
      mailbox: { type: "string", default: "support" },
    },
  });
  process.env.FIRESTORE_EMULATOR_HOST ??= "127.0.0.1:8080";
  process.env.GCLOUD_PROJECT ??= "demo-baton";
  const db = firestore();
  const org = values.org;
  const mailbox = await findMailbox(db, org, values.mailbox);
  if (mailbox === null)
    throw new Error(
      `no mailbox ${values.mailbox} in org ${org}: is the local stack (npm start) running and seeded?`,
    );
  const domain = mailbox.address.split("@")[1] ?? "demo.baton.test";

  const fake = new FakeGmail(mailbox.address);
  await fake.start();
  const now = Date.now();
  const dayStart = now - DAY_MINUTES * 60_000;
  const rt = createRuntime(
    db,
    () => ({
      googleServiceAccountJson: "",
      microsoftTenantId: "",
      microsoftClientId: "",
      microsoftClientSecret: "",
    }),
    {
      gmailFor: () => gmailApiFor(fake, DEFAULT_RETRY),
    },
  );
  // A fresh fake mailbox has fresh history ids: start the demo connector over.
  await connectMailbox(
    rt.store,
    { org, mailboxId: mailbox.id, address: mailbox.address, provider: "google", options: { initialDays: 2 } },
    dayStart,
  );
  await rt.store.patch(org, mailbox.id, { cursor: null, paused: false, connectedAt: dayStart });

  const steps = script(domain);
  const liveFrom = values.live === true ? steps.length - 3 : steps.length;
  const roots = new Map<string, string>();
  const deliver = (step: Step, at: number) => {
    const id = `<${step.thread}.${at}@${(/@([^>]+)/.exec(step.from)?.[1] ?? domain).trim()}>`;
    const root = roots.get(step.thread);
    if (root === undefined) roots.set(step.thread, id);
    const outbound = step.from.endsWith(`@${domain}`);
    fake.deliver(
      {
        "Message-ID": id,
        ...(root === undefined ? {} : { "In-Reply-To": root, References: root }),
        From: step.from,
        To: outbound ? "customer@example.test" : mailbox.address,
        Subject: step.subject,
        Date: new Date(at).toUTCString(),
      },
      {
        threadId: `demo-${step.thread}`,
        labelIds: outbound ? ["SENT"] : ["INBOX", "UNREAD"],
      },
    );
    console.log(
      `${new Date(at).toISOString().slice(11, 16)}  ${outbound ? "->" : "<-"} ${step.from.padEnd(36)} ${step.subject}`,
    );
  };

  for (const step of steps.slice(0, liveFrom)) deliver(step, dayStart + step.at * 60_000);
  const first = await runConnector(rt, org, mailbox.id, { force: true });
  console.log(
    `\nconnector: ${first.status}${first.status === "synced" ? `, ${first.report.result.recorded} recorded in ${first.report.pages} pages` : ""}`,
  );
  for (const step of steps.slice(liveFrom)) {
    await sleep(3000);
    deliver(step, Date.now());
    const outcome = await runConnector(rt, org, mailbox.id, { force: true });
    console.log(
      `  synced: ${outcome.status === "synced" ? `${outcome.report.result.recorded} new` : outcome.status}`,
    );
  }
  await fake.stop();

  console.log("\nConversations of the replayed day (first-response clock):");
  for (const [thread, rootId] of roots) {
    const known = await paths.message(db, org, messageKey(rootId)).get();
    const key = known.get("conversationKey") as string | undefined;
    if (key === undefined) continue;
    const doc = (await paths.conversation(db, org, key).get()).data() ?? {};
    const clocks =
      (doc.sla as { clocks?: Array<{ kind: string; state: string; dueAt: number | null }> } | undefined)
        ?.clocks ?? [];
    const first = clocks.find((c) => c.kind === "first_response") ?? clocks[0];
    const due =
      first?.dueAt === null || first?.dueAt === undefined
        ? ""
        : ` due ${new Date(first.dueAt).toISOString().slice(11, 16)}`;
    console.log(
      `  ${thread.padEnd(9)} ${String(doc.status).padEnd(8)} ${String(doc.messageCount)} msgs  ${first?.kind ?? "-"}: ${first?.state ?? "-"}${due}`,
    );
  }
  const state = await rt.store.get(org, mailbox.id);
  console.log(
    `\nconnector state: recorded ${state?.counts.recorded}, lag ${state?.lagMs ?? "-"} ms, last error ${state?.lastError?.message ?? "none"}`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
