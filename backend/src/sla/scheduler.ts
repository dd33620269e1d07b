import { createHash } from "node:crypto";
import { getFunctions } from "firebase-admin/functions";

/** One deadline to act on: run the SLA step for this conversation at `at`. */
export interface SlaTask {
  org: string;
  key: string;
  at: number;
}

/**
 * Puts a task on the queue for `at`. Behind an interface because Cloud Tasks cannot be exercised
 * in the local stack: production enqueues on the `slaDeadline` task queue; the emulator and tests
 * use a scheduler that records or drops tasks, and the sweeper (or slaSweepNow) does the work.
 */
export interface SlaTaskScheduler {
  schedule(task: SlaTask): Promise<void>;
}

export const TASK_QUEUE = "slaDeadline";

/**
 * Task ids make enqueueing idempotent: Cloud Tasks refuses a second task with the same name, so the
 * API trigger and the step scheduling the same deadline queue it once. Hashed: ids allow only
 * letters, digits, - and _.
 */
export function taskIdOf(task: SlaTask): string {
  return `sla-${createHash("sha256").update(`${task.org}/${task.key}/${task.at}`).digest("hex").slice(0, 40)}`;
}

function isAlreadyExists(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "functions/task-already-exists" || code === "task-already-exists";
}

export function cloudTasksScheduler(): SlaTaskScheduler {
  return {
    async schedule(task) {
      try {
        await getFunctions()
          .taskQueue<SlaTask>(TASK_QUEUE)
          .enqueue(task, { scheduleTime: new Date(task.at), id: taskIdOf(task) });
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
      }
    },
  };
}

/** Records tasks in memory: tests and the benchmark run them by hand at their instant. */
export function recordingScheduler(): SlaTaskScheduler & { tasks: SlaTask[] } {
  const tasks: SlaTask[] = [];
  return {
    tasks,
    schedule(task) {
      tasks.push(task);
      return Promise.resolve();
    },
  };
}

/** The emulator's: nothing is enqueued; the sweeper is the only path there (see README). */
export const NO_SCHEDULER: SlaTaskScheduler = { schedule: () => Promise.resolve() };
