import { logger } from "firebase-functions";
import { renewPush } from "./push";
import { runConnector, type ConnectorRuntime, type RunOutcome } from "./run-connector";
import { mapLimited } from "./sync-report";

export function logOutcome(org: string, mailboxId: string, outcome: RunOutcome): void {
  if (outcome.status === "failed")
    logger.warn("connector sync failed", { org, mailboxId, error: outcome.error });
  else if (outcome.status === "synced") {
    const { recorded, known, skipped, failed } = outcome.report.result;
    logger.info("connector synced", {
      org,
      mailboxId,
      pages: outcome.report.pages,
      recorded,
      known,
      skipped,
      deadLettered: failed.length,
      // Counts only: the replay's result holds addresses, which logs do not keep.
      ...(outcome.replay === null
        ? {}
        : {
            replayResolved: outcome.replay.resolved,
            replayFailed: outcome.replay.failedAgain,
            replayGaveUp: outcome.replay.gaveUp,
          }),
      acks: outcome.acks,
    });
  }
}

/**
 * The fallback that makes push optional: every connector, every 5 minutes, from its cursor; each
 * run then replays the mailbox's due dead letters.
 */
export async function pollAll(rt: ConnectorRuntime): Promise<number> {
  const connectors = (await rt.store.list()).filter((c) => !c.paused);
  await mapLimited(connectors, 4, async (c) => {
    logOutcome(c.org, c.mailboxId, await runConnector(rt, c.org, c.mailboxId, { replay: true }));
  });
  return connectors.length;
}

export async function renewAll(rt: ConnectorRuntime): Promise<void> {
  const connectors = (await rt.store.list()).filter((c) => !c.paused);
  await mapLimited(connectors, 4, async (c) => {
    try {
      await renewPush(rt, c);
    } catch (error) {
      logger.warn("connector push renewal failed", {
        org: c.org,
        mailboxId: c.mailboxId,
        error: String(error),
      });
    }
  });
}
