import type {
  ConnectorCounts,
  ConnectorState,
  CountDelta,
  GraphSubscriptionRecord,
  StateStore,
} from "../../src/connectors/state";

/** StateStore in a Map: the same contract as the Firestore one, for unit tests and the demo. */
export class MemoryStateStore implements StateStore {
  readonly states = new Map<string, ConnectorState>();
  /** Every cursor written, in order: tests assert a cursor never runs ahead of ingestion. */
  readonly cursorLog: unknown[] = [];
  readonly subscriptions = new Map<string, GraphSubscriptionRecord>();

  private key(org: string, mailboxId: string): string {
    return `${org}/${mailboxId}`;
  }

  get(org: string, mailboxId: string): Promise<ConnectorState | null> {
    const state = this.states.get(this.key(org, mailboxId));
    return Promise.resolve(state === undefined ? null : structuredClone(state));
  }

  put(state: ConnectorState): Promise<void> {
    this.states.set(this.key(state.org, state.mailboxId), structuredClone(state));
    return Promise.resolve();
  }

  patch(
    org: string,
    mailboxId: string,
    patch: Partial<ConnectorState>,
    delta: CountDelta = {},
  ): Promise<void> {
    const state = this.states.get(this.key(org, mailboxId));
    if (state === undefined) return Promise.reject(new Error(`no connector ${org}/${mailboxId}`));
    if ("cursor" in patch) this.cursorLog.push(structuredClone(patch.cursor));
    const counts = { ...state.counts };
    for (const [name, value] of Object.entries(delta) as Array<[keyof ConnectorCounts, number]>)
      counts[name] += value;
    this.states.set(this.key(org, mailboxId), structuredClone({ ...state, ...patch, counts }));
    return Promise.resolve();
  }

  acquire(org: string, mailboxId: string, nowMs: number, leaseMs: number): Promise<boolean> {
    const state = this.states.get(this.key(org, mailboxId));
    if (state === undefined || state.leaseUntil > nowMs) return Promise.resolve(false);
    state.leaseUntil = nowMs + leaseMs;
    return Promise.resolve(true);
  }

  release(org: string, mailboxId: string): Promise<void> {
    const state = this.states.get(this.key(org, mailboxId));
    if (state !== undefined) state.leaseUntil = 0;
    return Promise.resolve();
  }

  list(): Promise<ConnectorState[]> {
    return Promise.resolve([...this.states.values()].map((s) => structuredClone(s)));
  }

  findByAddress(address: string): Promise<ConnectorState[]> {
    return Promise.resolve(
      [...this.states.values()]
        .filter((s) => s.address === address.toLowerCase())
        .map((s) => structuredClone(s)),
    );
  }

  findSubscription(id: string): Promise<GraphSubscriptionRecord | null> {
    const record = this.subscriptions.get(id);
    return Promise.resolve(record === undefined ? null : { ...record });
  }

  indexSubscriptions(
    current: readonly GraphSubscriptionRecord[],
    forgotten: readonly string[],
  ): Promise<void> {
    for (const record of current) this.subscriptions.set(record.id, { ...record });
    for (const id of forgotten) this.subscriptions.delete(id);
    return Promise.resolve();
  }
}
