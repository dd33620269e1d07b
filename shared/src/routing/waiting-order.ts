/** A conversation waiting for an owner, as the sweeper orders them. */
export interface Waiting {
  key: string;
  /** When it arrived (its first customer message). */
  arrivedAt: number;
  /** The earliest running SLA deadline, or null when no clock runs. */
  dueAt: number | null;
}

/**
 * The order in which waiting conversations get the next available member: earliest deadline first
 * (the one that breaches soonest), those without a deadline after every one with; then arrival
 * (first come, first served); the key breaks exact ties so the order is total and deterministic.
 */
export function waitingOrder<T extends Waiting>(conversations: readonly T[]): T[] {
  return [...conversations].sort(
    (a, b) =>
      (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
      a.arrivedAt - b.arrivedAt ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
