import { failedAgain, type DeadLetter, type DeadLetterStore } from "./dead-letters";
import type { MailMessage } from "./mail-message";
import { isTransient } from "./provider-error";
import { addResults, emptyResult, type IngestResult, type MessageSink } from "./sink";

export interface ReplayDeps {
  store: DeadLetterStore;
  /** An isolating sink (isolate.ts): a message that fails again comes back in `failed`. */
  sink: MessageSink;
  /** Reads the message again from the provider; null when it is gone from the mailbox. */
  fetch: (letter: DeadLetter) => Promise<MailMessage | null>;
  nowMs: number;
}

export interface ReplayReport {
  /** Recorded now (or found already recorded, or gone): the letter is deleted. */
  resolved: number;
  /** Failed again: rescheduled with a longer wait, or given up after the last try. */
  failedAgain: number;
  gaveUp: number;
  /** What the replayed messages did in the sink (recorded, known...). */
  result: IngestResult;
}

/**
 * Replays a mailbox's due dead letters, oldest first, at most `limit`. A letter whose message now
 * goes through (or is gone: nothing is left to record) is deleted; one that fails again waits longer,
 * up to MAX_DEAD_LETTER_ATTEMPTS, then stays as "gave up" for the admin. A transient failure stops
 * the replays without counting a try: the provider or store is down, not the message.
 */
export async function replayDeadLetters(
  deps: ReplayDeps,
  org: string,
  mailboxId: string,
  limit: number,
): Promise<ReplayReport> {
  const report: ReplayReport = { resolved: 0, failedAgain: 0, gaveUp: 0, result: emptyResult() };
  for (const letter of await deps.store.due(org, mailboxId, deps.nowMs, limit)) {
    let failure: { error: unknown } | null;
    try {
      failure = await replayOne(deps, letter, report);
    } catch (error) {
      if (isTransient(error)) return report;
      failure = { error };
    }
    if (failure === null) {
      await deps.store.remove(org, letter.id);
      report.resolved++;
      continue;
    }
    const next = failedAgain(letter, failure.error, deps.nowMs);
    await deps.store.put(next);
    report.failedAgain++;
    if (next.status === "gave_up") report.gaveUp++;
  }
  return report;
}

async function replayOne(
  deps: ReplayDeps,
  letter: DeadLetter,
  report: ReplayReport,
): Promise<{ error: unknown } | null> {
  const message = await deps.fetch(letter);
  if (message === null) return null;
  const result = await deps.sink.ingest([message]);
  report.result = addResults(report.result, result);
  const failed = result.failed[0];
  return failed === undefined ? null : { error: failed.error };
}
