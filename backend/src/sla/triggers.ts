// Cloud Functions entry points of the SLA engine. Thin: parse, call handlers.ts, log.
import { logger } from "firebase-functions";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { onRequest } from "firebase-functions/v2/https";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { onTaskDispatched } from "firebase-functions/v2/tasks";
import { firestoreNotifyDeps } from "../notify/dispatch";
import { firestore } from "../store/db";
import { handleSlaSweep, handleSlaTask, type Clock } from "./handlers";
import { cloudTasksScheduler, NO_SCHEDULER, type SlaTaskScheduler } from "./scheduler";
import type { SlaRunDeps } from "./step";

const inEmulator = process.env.FUNCTIONS_EMULATOR === "true";

/*
 * maxInstances bound what a burst (or a bug) can cost and how hard the functions can hit Firestore.
 * Each instance serves up to 80 concurrent requests (2nd gen default), so small numbers go far.
 */
/** Cloud Tasks dispatches at most 50 at once (rateLimits below): 5 instances hold them all. */
const DEADLINE_INSTANCES = 5;
/** One sweep at a time: a second instance would only race the first for the same conversations. */
const SWEEPER_INSTANCES = 1;
/** Conversation writes arrive at the API's rate, itself bounded by the API's maxInstances. */
const SCHEDULE_INSTANCES = 5;

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Cloud Tasks cannot run in the local stack: there the sweeper is the only path (README.md). */
function scheduler(): SlaTaskScheduler {
  return inEmulator ? NO_SCHEDULER : cloudTasksScheduler();
}

function deps(): SlaRunDeps {
  const db = firestore();
  return {
    db,
    notify: firestoreNotifyDeps(db),
    scheduler: scheduler(),
    log: (message, data) => {
      logger.warn(message, data);
    },
  };
}

/** A deadline arrives: run that conversation's SLA step (queued by slaSchedule and by the step). */
export const slaDeadline = onTaskDispatched(
  {
    retryConfig: { maxAttempts: 5, minBackoffSeconds: 10 },
    rateLimits: { maxConcurrentDispatches: 50 },
    maxInstances: DEADLINE_INSTANCES,
  },
  async (request) => {
    const result = await handleSlaTask(deps(), realClock, request.data);
    if (result === null) logger.warn("malformed SLA task dropped", { data: request.data as unknown });
  },
);

/** The safety net: every minute, every conversation whose next check has passed. */
export const slaSweeper = onSchedule(
  { schedule: "every 1 minutes", timeoutSeconds: 300, maxInstances: SWEEPER_INSTANCES },
  async () => {
    const report = await handleSlaSweep(deps(), realClock);
    logger.info("SLA sweep", report);
  },
);

/**
 * Queues a task whenever a write moves a conversation's next check (the API's commands recompute it
 * in their transactions). Not in the emulator, where nothing could be queued.
 */
export const slaSchedule = inEmulator
  ? undefined
  : onDocumentWritten(
      { document: "orgs/{org}/conversations/{key}", maxInstances: SCHEDULE_INSTANCES },
      async (event) => {
        const before: unknown = event.data?.before.get("sla.nextCheckAt");
        const after: unknown = event.data?.after.get("sla.nextCheckAt");
        if (typeof after !== "number" || after === before) return;
        await scheduler().schedule({ org: event.params.org, key: event.params.key, at: after });
      },
    );

/** Emulator only: run the sweep now (scheduled functions never fire in the emulator). */
export const slaSweepNow = inEmulator
  ? onRequest({ maxInstances: 1 }, async (req, res) => {
      const at = Number(req.query.now);
      const clock = Number.isFinite(at) && at > 0 ? { ...realClock, now: () => at } : realClock;
      res.json(await handleSlaSweep(deps(), clock));
    })
  : undefined;
