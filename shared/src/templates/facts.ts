import type { ClockKind } from "../conversation/types";

/**
 * What a render knows about the conversation it fills a template for. Each fact is null when it is
 * not known; the variables that need it are then reported as missing rather than guessed.
 */
export interface TemplateFacts {
  /** The customer's display name (the first customer message's sender name). */
  customerName: string | null;
  /** The agent inserting the template (the caller). */
  agentName: string | null;
  mailboxName: string | null;
  conversationKey: string | null;
  /** When the first response is due, epoch ms; null when the clock is met, stopped or not running. */
  firstResponseDue: number | null;
  resolutionDue: number | null;
  /** The IANA zone the date phrases are written in: the customer's if known, else the mailbox's. */
  zone: string;
  now: number;
}

/** The part of a stored SLA state the due phrases read. */
export interface SlaClocksLike {
  clocks: ReadonlyArray<{ kind: ClockKind; cycle: number; state: string; dueAt: number | null }>;
}

/**
 * The due instant of the latest cycle of `kind` worth promising a customer: the clock still runs
 * (or waits for business hours) and its due is ahead of `now`. A met clock, a breached one or one
 * paused by status (dueAt null) has no due to promise, so the variable is reported missing.
 */
export function dueFromSla(
  sla: SlaClocksLike | null | undefined,
  kind: ClockKind,
  now: number,
): number | null {
  const latest = (sla?.clocks ?? [])
    .filter((clock) => clock.kind === kind)
    .reduce<SlaClocksLike["clocks"][number] | null>(
      (best, clock) => (best === null || clock.cycle > best.cycle ? clock : best),
      null,
    );
  if (latest === null || (latest.state !== "running" && latest.state !== "paused")) return null;
  return latest.dueAt !== null && latest.dueAt > now ? latest.dueAt : null;
}
