// Cloud Functions triggers of the mailbox connectors. backend/src/index.ts re-exports them:
//   export * from "./connectors/triggers";
// What they run (and the provider clients) is in wiring.ts, loaded on a trigger's first run.
import { logger } from "firebase-functions/logger";
import { onRequest } from "firebase-functions/v2/https";
import { defineSecret, defineString } from "firebase-functions/params";
import { onMessagePublished } from "firebase-functions/v2/pubsub";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { emulatorOnly } from "../runtime/emulator-only";
import { lazy } from "../runtime/lazy";
import type { ProviderCredentials } from "./providers";

const wiring = lazy(() => import("./wiring"));

const GMAIL_SERVICE_ACCOUNT_JSON = defineSecret("GMAIL_SERVICE_ACCOUNT_JSON");
const MS_GRAPH_CLIENT_SECRET = defineSecret("MS_GRAPH_CLIENT_SECRET");
const GMAIL_PUSH_TOPIC = defineString("GMAIL_PUSH_TOPIC", { default: "baton-gmail-push" });
const secrets = [GMAIL_SERVICE_ACCOUNT_JSON, MS_GRAPH_CLIENT_SECRET];

/*
 * maxInstances: scheduled jobs run one at a time (a second instance would only contend for the same
 * connector leases). The push endpoints get a few instances: pushes are bursty but each run is short
 * and leased per mailbox, and a flood of forged Graph notifications must not scale out without bound
 * (each instance serves up to 80 concurrent requests).
 */
const JOB_INSTANCES = 1;
const PUSH_INSTANCES = 5;

function credentials(): ProviderCredentials {
  return {
    googleServiceAccountJson: GMAIL_SERVICE_ACCOUNT_JSON.value(),
    // Plain environment settings (backend/.env.<project>), not params: an empty param makes the
    // emulator prompt for a value, and a deployment without Microsoft 365 has none to give.
    microsoftTenantId: process.env.MS_TENANT_ID ?? "",
    microsoftClientId: process.env.MS_CLIENT_ID ?? "",
    microsoftClientSecret: MS_GRAPH_CLIENT_SECRET.value(),
    // Only ever set in local runs (emulator env), to point the clients at loopback fakes.
    gmailRootUrl: process.env.CONNECTORS_GMAIL_ROOT_URL,
    graphOrigin: process.env.CONNECTORS_GRAPH_ORIGIN,
  };
}

export const connectorsPoll = onSchedule(
  { schedule: "every 5 minutes", secrets, timeoutSeconds: 540, maxInstances: JOB_INSTANCES },
  async () => {
    const { pollAll, theRuntime } = await wiring();
    await pollAll(theRuntime(credentials));
  },
);

/** Gmail watch lasts 7 days and Graph mail subscriptions under 7 days: renew twice a day. */
export const connectorsRenewPush = onSchedule(
  { schedule: "every 12 hours", secrets, maxInstances: JOB_INSTANCES },
  async () => {
    const { renewAll, theRuntime } = await wiring();
    await renewAll(theRuntime(credentials));
  },
);

/** Gmail users.watch notifications: `{ emailAddress, historyId }` says "something changed". */
export const connectorsGmailPush = onMessagePublished(
  { topic: GMAIL_PUSH_TOPIC, secrets, maxInstances: PUSH_INSTANCES },
  async (event) => {
    const { decodeGmailPush, logOutcome, runConnector, theRuntime } = await wiring();
    const push = decodeGmailPush(event.data.message.data);
    if (push === null) return;
    const rt = theRuntime(credentials);
    for (const c of await rt.store.findByAddress(push.emailAddress)) {
      if (c.provider === "google")
        logOutcome(c.org, c.mailboxId, await runConnector(rt, c.org, c.mailboxId, { maxPages: 5 }));
    }
  },
);

/**
 * Graph change notifications (and the subscription validation handshake). Graph wants an answer
 * within 3 seconds: the run is kept to two pages (usually one); the poll catches up the rest.
 */
export const connectorsGraphNotify = onRequest(
  { secrets, maxInstances: PUSH_INSTANCES },
  async (req, res) => {
    res.set("X-Content-Type-Options", "nosniff");
    const { answerGraphNotification, logOutcome, MAX_GRAPH_NOTIFICATION_BYTES, runConnector, theRuntime } =
      await wiring();
    // Typed as always present, but a bodiless request (the validation handshake) has none.
    const size = (req.rawBody as Buffer | undefined)?.length ?? 0;
    if (size > MAX_GRAPH_NOTIFICATION_BYTES) {
      res.status(413).json({ error: "notification body too large" });
      return;
    }
    const rt = theRuntime(credentials);
    // Authenticates each notification by its subscription id and clientState before reading any
    // connector: an unauthenticated hit costs at most one keyed read per distinct subscription id.
    const answer = await answerGraphNotification(req.query, req.body, (id) => rt.store.findSubscription(id));
    if (answer.rejected > 0)
      logger.warn("graph notifications with a wrong clientState", { rejected: answer.rejected });
    await Promise.all(
      answer.toSync.map(async ({ org, mailboxId }) => {
        logOutcome(org, mailboxId, await runConnector(rt, org, mailboxId, { maxPages: 2 }));
      }),
    );
    res.status(answer.status).type(answer.contentType).send(answer.body);
  },
);

/** Run the poll now (scheduled functions never fire in the emulator). */
export const connectorsPollNow = emulatorOnly(() =>
  onRequest({ maxInstances: JOB_INSTANCES }, async (_req, res) => {
    const { pollAll, theRuntime } = await wiring();
    res.json({ polled: await pollAll(theRuntime(credentials)) });
  }),
);
