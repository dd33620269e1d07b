import type { Limit } from "./limit";
import { HOUR_MS, MINUTE_MS } from "../time/units";

/** The server-side connectors: dead letters and Microsoft Graph push. */
export const CONNECTOR_LIMITS = {
  deadLetterAttempts: {
    value: 5,
    unit: "tries",
    area: "Connectors",
    what: "Tries of a message a connector could not fetch or record (the first failure included)",
    why: "Five tries over about 2.5 hours outlast a deploy or a brief bug; a message that still fails will fail on every retry.",
    reached:
      "The dashboard's Connectors tab shows `Gave up after 5 tries: retry once the cause is fixed, or dismiss it.` with the error, Retry and Dismiss.",
  },
  deadLetterFirstRetryDelay: {
    value: 10 * MINUTE_MS,
    unit: "ms",
    area: "Connectors",
    what: "Wait before a dead letter's first replay (each further one waits twice as long)",
    why: "Backing off lets a transient cause pass without hammering the provider.",
    reached: "The Connectors tab shows `Failed N tries. Retried in about N min.` (or `in about N h`).",
  },
  deadLetterReplaysPerRun: {
    value: 20,
    unit: "items",
    area: "Connectors",
    what: "Dead letters one connector run replays",
    why: "A pile of poison mail may only cost a bounded slice of the 5-minute poll.",
    reached: "Nothing visible: the rest are replayed by the next polls, oldest due first.",
  },
  deadLetterErrorLength: {
    value: 300,
    unit: "characters",
    area: "Connectors",
    what: "A dead letter's error sentence",
    why: "The admin needs what went wrong, not a stack or a body.",
    reached: "The Connectors tab shows the error cut to 300 characters.",
  },
  deadLettersListed: {
    value: 100,
    unit: "items",
    area: "Connectors",
    what: "Dead letters GET /connectors/dead-letters lists (newest first)",
    why: "Enough to act on, and it bounds the documents one request reads.",
    reached: "The Connectors tab shows the newest 100; dismissing them brings older ones into view.",
  },
  deadLetterIdLength: {
    value: 200,
    unit: "characters",
    area: "Connectors",
    what: "A dead letter id in a retry or dismiss path",
    why: "An id is a mailbox id and 32 hex digits; anything longer is not one of ours.",
    reached:
      "400 invalid_request: `id: must have at most 200 characters (and 1 more problem)` (the id is not of the right form either)",
  },
  graphSubscriptionLifetime: {
    value: 10_000 * MINUTE_MS,
    unit: "ms",
    area: "Connectors",
    what: "Lifetime Baton asks for a Microsoft Graph mail subscription",
    why: "Graph caps mail subscriptions at 10,080 minutes; asking for a little less avoids a refusal.",
    reached: "Nothing visible: the renewal job renews subscriptions before they expire.",
  },
  graphRenewWithin: {
    value: 36 * HOUR_MS,
    unit: "ms",
    area: "Connectors",
    what: "Subscriptions expiring within this are renewed",
    why: "The renewal job runs every 12 hours, so three runs get a chance before expiry.",
    reached: "Nothing visible.",
  },
  graphNotificationsPerRequest: {
    value: 100,
    unit: "items",
    area: "Connectors",
    what: "Notifications in one Graph push request",
    why: "Graph delivers batches; more than this in one request is not Graph.",
    reached: '413 with `{"error":"at most 100 notifications per request"}` to the sender; no user sees it.',
  },
  graphNotificationBytes: {
    value: 256 * 1024,
    unit: "bytes",
    area: "Connectors",
    what: "A Graph push request body",
    why: "A batch of 100 notifications without resource data is about 60 KB; the endpoint is public, so it reads no more.",
    reached:
      '413 with `{"error":"notification body too large"}` to the sender; no user sees it (the poll catches up).',
  },
  graphValidationTokenLength: {
    value: 1024,
    unit: "characters",
    area: "Connectors",
    what: "The `validationToken` of a Graph subscription handshake",
    why: "Graph's tokens are short; the endpoint echoes the token, so it echoes nothing long.",
    reached: '400 with `{"error":"validationToken too long"}` to the sender; no user sees it.',
  },
  fetchesInFlight: {
    value: 8,
    unit: "requests",
    area: "Connectors",
    what: "Message fetches a connector runs at once per page",
    why: "Well under both providers' per-user rate limits.",
    reached: "Nothing visible.",
  },
} satisfies Record<string, Limit>;
