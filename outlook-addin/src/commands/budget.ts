import { OUTLOOK_PANE_LIMITS } from "@baton/shared/limits";

/**
 * Outlook alerts the user when an OnMessageSend handler runs longer than five seconds and times it
 * out at five minutes (Microsoft, "Handle OnMessageSend and OnAppointmentSend events"). Baton's check
 * must therefore finish, or give up, well inside five seconds: the check gets CHECK_BUDGET_MS, and
 * recording why it gave up gets RECORD_BUDGET_MS, so the handler completes within about 4 s.
 */
export const CHECK_BUDGET_MS = OUTLOOK_PANE_LIMITS.sendCheckBudget.value;
export const RECORD_BUDGET_MS = OUTLOOK_PANE_LIMITS.sendRecordBudget.value;

export type Budgeted<T> = { done: true; value: T } | { done: false };

/** The work's value if it settles within `ms`, else `{ done: false }`; a rejection stays a rejection. */
export function withinBudget<T>(work: Promise<T>, ms: number): Promise<Budgeted<T>> {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Budgeted<T>>((resolve) => {
    handle = setTimeout(() => {
      resolve({ done: false });
    }, ms);
  });
  const finished = work.then((value): Budgeted<T> => ({ done: true, value }));
  const stop = () => {
    clearTimeout(handle);
  };
  // then(stop, stop) rather than finally (ES2018): see settle() in shared-store.ts.
  return Promise.race([finished, timeout]).then(
    (result) => {
      stop();
      return result;
    },
    (error: unknown) => {
      stop();
      throw error;
    },
  );
}
