// Admin CLI for mailbox connectors (until the dashboard has a screen for them).
//   npx tsx --tsconfig scripts/connectors/tsconfig.json scripts/connectors/cli.ts <command> ...
// Talks to Firestore through firebase-admin: the emulator when FIRESTORE_EMULATOR_HOST is set (the
// local stack), else the project of your application default credentials.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  connectMailbox,
  describeConnector,
  parseOptions,
  setPaused,
} from "../../backend/src/connectors/admin";
import { createFirestoreStateStore } from "../../backend/src/connectors/firestore-state";
import { createRuntime, type ProviderCredentials } from "../../backend/src/connectors/providers";
import { renewPush } from "../../backend/src/connectors/push";
import { runConnector } from "../../backend/src/connectors/run-connector";
import { firestore } from "../../backend/src/store/db";
import { findMailbox } from "../../backend/src/store/mailboxes";

const USAGE = `Usage: cli.ts <command> [options]
  connect <google|microsoft> <org> <mailbox address or id>
          [--days N] [--resync-days N] [--max-resync-messages N]
          [--topic projects/P/topics/T]          (Gmail push)
          [--notification-url https://.../connectorsGraphNotify]   (Graph push)
          [--auto-ack | --no-auto-ack] [--ack-subject TEXT] [--ack-body TEXT]
  status [org]                 last sync, lag, errors, counts of every connector
  pause <org> <mailboxId>      stop syncing (push and poll skip it)
  resume <org> <mailboxId>
  sync-now <org> <mailboxId>   run one sync now, even when paused
  renew-push <org> <mailboxId> (re)create the Gmail watch / Graph subscriptions now
Credentials for sync-now / renew-push come from the environment, never from flags:
  GMAIL_SERVICE_ACCOUNT_JSON (the key JSON, or @path/to/key.json), MS_TENANT_ID, MS_CLIENT_ID,
  MS_GRAPH_CLIENT_SECRET; CONNECTORS_GMAIL_ROOT_URL / CONNECTORS_GRAPH_ORIGIN point at fakes.`;

function credentials(): ProviderCredentials {
  const key = process.env.GMAIL_SERVICE_ACCOUNT_JSON ?? "";
  return {
    googleServiceAccountJson: key.startsWith("@") ? readFileSync(key.slice(1), "utf8") : key,
    microsoftTenantId: process.env.MS_TENANT_ID ?? "",
    microsoftClientId: process.env.MS_CLIENT_ID ?? "",
    microsoftClientSecret: process.env.MS_GRAPH_CLIENT_SECRET ?? "",
    gmailRootUrl: process.env.CONNECTORS_GMAIL_ROOT_URL,
    graphOrigin: process.env.CONNECTORS_GRAPH_ORIGIN,
  };
}

function need(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new Error(`missing ${what}\n\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      days: { type: "string" },
      "resync-days": { type: "string" },
      "max-resync-messages": { type: "string" },
      topic: { type: "string" },
      "notification-url": { type: "string" },
      "auto-ack": { type: "boolean" },
      "no-auto-ack": { type: "boolean" },
      "ack-subject": { type: "string" },
      "ack-body": { type: "string" },
      help: { type: "boolean" },
    },
  });
  const [command, ...args] = positionals;
  if (command === undefined || values.help === true) {
    console.log(USAGE);
    return command === undefined ? 1 : 0;
  }
  const db = firestore();
  const store = createFirestoreStateStore(db);
  const now = Date.now();

  switch (command) {
    case "connect": {
      const provider = need(args[0], "provider (google or microsoft)");
      if (provider !== "google" && provider !== "microsoft")
        throw new Error("provider must be google or microsoft");
      const org = need(args[1], "org");
      const mailbox = await findMailbox(db, org, need(args[2], "mailbox").toLowerCase());
      if (mailbox === null)
        throw new Error(`${args[2]} is not a mailbox of org ${org}: add it first (PUT /mailboxes/{id}).`);
      const outcome = await connectMailbox(
        store,
        { org, mailboxId: mailbox.id, address: mailbox.address, provider, options: parseOptions(values) },
        now,
      );
      console.log(
        `${outcome.created ? "connected" : "updated"} ${org}/${mailbox.id} (${mailbox.address}, ${provider})`,
      );
      console.log(describeConnector(outcome.state, now));
      return 0;
    }
    case "status": {
      const all = (await store.list()).filter((s) => args[0] === undefined || s.org === args[0]);
      if (all.length === 0) console.log("no connectors");
      for (const state of all) console.log(describeConnector(state, now));
      return 0;
    }
    case "pause":
    case "resume": {
      const [org, id] = [need(args[0], "org"), need(args[1], "mailboxId")];
      if (!(await setPaused(store, org, id, command === "pause")))
        throw new Error(`no connector ${org}/${id}`);
      console.log(`${command === "pause" ? "paused" : "resumed"} ${org}/${id}`);
      return 0;
    }
    case "sync-now": {
      const [org, id] = [need(args[0], "org"), need(args[1], "mailboxId")];
      const outcome = await runConnector(createRuntime(db, credentials), org, id, { force: true });
      console.log(
        JSON.stringify(
          outcome.status === "synced"
            ? {
                ...outcome,
                report: {
                  ...outcome.report,
                  result: {
                    ...outcome.report.result,
                    newConversations: outcome.report.result.newConversations.length,
                  },
                },
              }
            : outcome,
          null,
          2,
        ),
      );
      return outcome.status === "synced" ? 0 : 1;
    }
    case "renew-push": {
      const [org, id] = [need(args[0], "org"), need(args[1], "mailboxId")];
      const state = await store.get(org, id);
      if (state === null) throw new Error(`no connector ${org}/${id}`);
      console.log(JSON.stringify(await renewPush(createRuntime(db, credentials), state), null, 2));
      return 0;
    }
    default:
      console.error(`unknown command ${command}\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
