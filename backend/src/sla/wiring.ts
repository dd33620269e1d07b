// What the SLA triggers run, with their real dependencies. triggers.ts loads this module on a
// trigger's first run, never at import, so the entry stays cheap for every other function.
import { logger } from "firebase-functions/logger";
import { firestoreNotifyDeps } from "../notify/dispatch";
import { inEmulator } from "../runtime/emulator-only";
import { firestore } from "../store/db";
import type { Clock } from "./handlers";
import { cloudTasksScheduler, NO_SCHEDULER, type SlaTaskScheduler } from "./scheduler";
import type { SlaRunDeps } from "./step";

export { handleSlaSweep, handleSlaTask } from "./handlers";

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Cloud Tasks cannot run in the local stack: there the sweeper is the only path (README.md). */
export function scheduler(): SlaTaskScheduler {
  return inEmulator() ? NO_SCHEDULER : cloudTasksScheduler();
}

export function deps(): SlaRunDeps {
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
