// Cloud Functions entry points of the SLA engine. Thin: parse, call handlers.ts (through wiring.ts,
// loaded on first run), log.
import { logger } from "firebase-functions/logger";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { onRequest } from "firebase-functions/v2/https";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { onTaskDispatched } from "firebase-functions/v2/tasks";
import { deployedOnly, emulatorOnly } from "../runtime/emulator-only";
import { lazy } from "../runtime/lazy";

const wiring = lazy(() => import("./wiring"));

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

/** A deadline arrives: run that conversation's SLA step (queued by slaSchedule and by the step). */
export const slaDeadline = onTaskDispatched(
  {
    retryConfig: { maxAttempts: 5, minBackoffSeconds: 10 },
    rateLimits: { maxConcurrentDispatches: 50 },
    maxInstances: DEADLINE_INSTANCES,
  },
  async (request) => {
    const { deps, handleSlaTask, realClock } = await wiring();
    const result = await handleSlaTask(deps(), realClock, request.data);
    if (result === null) logger.warn("malformed SLA task dropped", { data: request.data as unknown });
  },
);

/** The safety net: every minute, every conversation whose next check has passed. */
export const slaSweeper = onSchedule(
  { schedule: "every 1 minutes", timeoutSeconds: 300, maxInstances: SWEEPER_INSTANCES },
  async () => {
    const { deps, handleSlaSweep, realClock } = await wiring();
    const report = await handleSlaSweep(deps(), realClock);
    logger.info("SLA sweep", report);
  },
);

/**
 * Queues a task whenever a write moves a conversation's next check (the API's commands recompute it
 * in their transactions). Not in the emulator, where nothing could be queued.
 */
export const slaSchedule = deployedOnly(() =>
  onDocumentWritten(
    { document: "orgs/{org}/conversations/{key}", maxInstances: SCHEDULE_INSTANCES },
    async (event) => {
      const before: unknown = event.data?.before.get("sla.nextCheckAt");
      const after: unknown = event.data?.after.get("sla.nextCheckAt");
      if (typeof after !== "number" || after === before) return;
      const { scheduler } = await wiring();
      await scheduler().schedule({ org: event.params.org, key: event.params.key, at: after });
    },
  ),
);

/** Run the sweep now, optionally at `?now=<epoch ms>` (scheduled functions never fire in the emulator). */
export const slaSweepNow = emulatorOnly(() =>
  onRequest({ maxInstances: 1 }, async (req, res) => {
    const { deps, handleSlaSweep, realClock } = await wiring();
    const at = Number(req.query.now);
    const clock = Number.isFinite(at) && at > 0 ? { ...realClock, now: () => at } : realClock;
    res.json(await handleSlaSweep(deps(), clock));
  }),
);
