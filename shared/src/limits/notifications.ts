import type { Limit } from "./limit";
import { MINUTE_MS, SECOND_MS } from "../time/units";

/** Escalation notices sent to Slack, Teams and webhooks, and how receivers check their signatures. */
export const NOTIFICATION_LIMITS = {
  notifyTimeout: {
    value: 10 * SECOND_MS,
    unit: "ms",
    area: "Notifications",
    what: "One request to a Slack, Teams or webhook URL",
    why: "A slow receiver must not hold the SLA step that sends the notice.",
    reached:
      "Nothing visible at once: the delivery is retried; after its last try it is recorded as a notification dead letter.",
  },
  notifyAttempts: {
    value: 5,
    unit: "tries",
    area: "Notifications",
    what: "Tries of one notice on one channel",
    why: "Outlasts a receiver's brief outage without sending a breach notice long after it matters.",
    reached: "Nothing visible: the failed delivery is recorded as a notification dead letter with its error.",
  },
  notifyRetryBaseDelay: {
    value: 500,
    unit: "ms",
    area: "Notifications",
    what: "Wait before the first retry of a notice (doubling after each try, with jitter)",
    why: "Backing off spares a receiver that is struggling.",
    reached: "Nothing visible.",
  },
  notifyRetryMaxDelay: {
    value: 30 * SECOND_MS,
    unit: "ms",
    area: "Notifications",
    what: "Longest wait between two tries of a notice",
    why: "Keeps all tries of a notice within a couple of minutes of the breach.",
    reached: "Nothing visible.",
  },
  webhookSignatureTolerance: {
    value: 5 * MINUTE_MS,
    unit: "ms",
    area: "Notifications",
    what: "How far a webhook's signed timestamp (`Baton-Signature: t=...`) may be from the receiver's clock",
    why: "Long enough for clock skew and a slow proxy, short enough against replay.",
    reached: "A receiver using Baton's verifier refuses the request: `timestamp outside tolerance`.",
  },
  strandedAfter: {
    value: 2 * MINUTE_MS,
    unit: "ms",
    area: "Notifications",
    what: "How long a notice may wait (pending, or sending) before the sweeper takes it over",
    why: "A runner that crashed between committing the event and sending must not lose the notice.",
    reached: "Nothing visible: a notice whose runner crashed goes out up to about 2 minutes late.",
  },
} satisfies Record<string, Limit>;
