import type { SlaRunDeps } from "./step";
import { runSlaStep, type StepResult } from "./step";
import type { SlaTask } from "./scheduler";
import { runSlaSweep, type SweepOptions, type SweepReport } from "./sweep";
import { INTERNAL_LIMITS } from "@baton/shared/limits";

/** Cloud Tasks may dispatch a little early; a step before the deadline would see nothing due. */
const MAX_EARLY_WAIT_MS = INTERNAL_LIMITS.earlyTaskWait.value;

export interface Clock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Parses a task's payload; null for anything else (a malformed task is dropped, not retried). */
export function parseSlaTask(data: unknown): SlaTask | null {
  const d = data as Partial<SlaTask> | null;
  if (typeof d !== "object" || d === null) return null;
  if (typeof d.org !== "string" || typeof d.key !== "string" || typeof d.at !== "number") return null;
  return { org: d.org, key: d.key, at: d.at };
}

/** The task path: wait out an early dispatch (bounded), then run the conversation's step. */
export async function handleSlaTask(
  deps: SlaRunDeps,
  clock: Clock,
  data: unknown,
): Promise<StepResult | null> {
  const task = parseSlaTask(data);
  if (task === null) return null;
  const early = task.at - clock.now();
  if (early > 0 && early <= MAX_EARLY_WAIT_MS) await clock.sleep(early);
  return runSlaStep(deps, task.org, task.key, clock.now());
}

/** The scheduled path (and the emulator's on-demand trigger). */
export function handleSlaSweep(deps: SlaRunDeps, clock: Clock, options?: SweepOptions): Promise<SweepReport> {
  return runSlaSweep(deps, clock.now(), options);
}
