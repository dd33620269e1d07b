/** Which API a connector reads: Gmail (Google Workspace) or Microsoft Graph (Microsoft 365). */
export type Provider = "google" | "microsoft";

export interface AutoAckOptions {
  enabled: boolean;
  /** "{subject}" is replaced by the customer's subject. */
  subject: string;
  /** Plain text; "{subject}" and "{mailbox}" are replaced. */
  body: string;
}

export interface ConnectorOptions {
  /** Initial sync reaches this many days back. */
  initialDays: number;
  /** A resync after an expired cursor (Gmail 404, Graph 410) reaches back at most this far... */
  resyncDays: number;
  /** ...and reads at most this many messages, so one broken cursor cannot cost a mailbox's quota. */
  maxResyncMessages: number;
  /** Gmail: the Pub/Sub topic users.watch publishes to ("projects/p/topics/t"). */
  pubsubTopic?: string | undefined;
  /** Graph: the public URL of the change-notification function. */
  notificationUrl?: string | undefined;
  autoAck?: AutoAckOptions | undefined;
}

export const DEFAULT_OPTIONS: ConnectorOptions = { initialDays: 7, resyncDays: 7, maxResyncMessages: 5000 };

/** Running totals, for the admin's status line; increments only, never recomputed. */
export interface ConnectorCounts {
  recorded: number;
  known: number;
  skipped: number;
  /** Messages set aside as dead letters (connectorDeadLetters): failed alone, the mailbox went on. */
  deadLettered: number;
  pages: number;
  resyncs: number;
  errors: number;
  acks: number;
}

export const ZERO_COUNTS: ConnectorCounts = {
  recorded: 0,
  known: 0,
  skipped: 0,
  deadLettered: 0,
  pages: 0,
  resyncs: 0,
  errors: 0,
  acks: 0,
};

/** Push channel state: Gmail users.watch expiry, or Graph subscriptions per folder. */
export interface PushState {
  gmailWatchExpiresAt?: number | undefined;
  /**
   * The clientState secret is stored only as its SHA-256: members can read their org's documents
   * (firestore.rules), and a readable secret would let them forge notifications.
   */
  graphSubscriptions?:
    Array<{ id: string; folder: string; expiresAt: number; clientStateHash: string }> | undefined;
}

/** orgs/{org}/connectors/{mailboxId}: one per connected shared mailbox. */
export interface ConnectorState {
  org: string;
  mailboxId: string;
  /** The shared mailbox address (Gmail `subject` / Graph user id). */
  address: string;
  provider: Provider;
  options: ConnectorOptions;
  /** Provider-specific resume point; written only after the page it follows was ingested. */
  cursor: unknown;
  connectedAt: number;
  paused: boolean;
  lastSyncAt: number | null;
  /** How late the newest message of the last run reached Baton (sync time minus its date). */
  lagMs: number | null;
  lastError: { message: string; at: number } | null;
  counts: ConnectorCounts;
  push: PushState;
  /** A run holds the mailbox until this instant, so push and poll never sync it twice at once. */
  leaseUntil: number;
}

export type CountDelta = Partial<ConnectorCounts>;

/** What an engine needs: its cursor, saved together with the counts of the page it follows. */
export interface CursorStore<C> {
  load(): Promise<C | null>;
  save(cursor: C | null, delta: CountDelta): Promise<void>;
}

/**
 * One Graph subscription, found by its id alone: what an unauthenticated notification is checked
 * against before anything about its connector is read (graphSubscriptions/{id} in Firestore).
 */
export interface GraphSubscriptionRecord {
  id: string;
  org: string;
  mailboxId: string;
  clientStateHash: string;
}

/** Persistence of connector state; Firestore in production, memory in unit tests. */
export interface StateStore {
  get(org: string, mailboxId: string): Promise<ConnectorState | null>;
  put(state: ConnectorState): Promise<void>;
  patch(
    org: string,
    mailboxId: string,
    patch: Partial<Omit<ConnectorState, "counts">>,
    delta?: CountDelta,
  ): Promise<void>;
  /** Takes the mailbox's lease when it is free or expired; false when another run holds it. */
  acquire(org: string, mailboxId: string, nowMs: number, leaseMs: number): Promise<boolean>;
  release(org: string, mailboxId: string): Promise<void>;
  list(): Promise<ConnectorState[]>;
  findByAddress(address: string): Promise<ConnectorState[]>;
  /** The subscription with this id, one keyed read; null when unknown. */
  findSubscription(id: string): Promise<GraphSubscriptionRecord | null>;
  /** Records the connector's current subscriptions by id and forgets the ones it no longer has. */
  indexSubscriptions(
    current: readonly GraphSubscriptionRecord[],
    forgotten: readonly string[],
  ): Promise<void>;
}

export function cursorStoreOf<C>(store: StateStore, org: string, mailboxId: string): CursorStore<C> {
  return {
    load: async () => ((await store.get(org, mailboxId))?.cursor ?? null) as C | null,
    save: (cursor, delta) => store.patch(org, mailboxId, { cursor }, delta),
  };
}

export function newConnectorState(
  org: string,
  mailboxId: string,
  address: string,
  provider: Provider,
  options: Partial<ConnectorOptions>,
  nowMs: number,
): ConnectorState {
  return {
    org,
    mailboxId,
    address: address.toLowerCase(),
    provider,
    options: { ...DEFAULT_OPTIONS, ...options },
    cursor: null,
    connectedAt: nowMs,
    paused: false,
    lastSyncAt: null,
    lagMs: null,
    lastError: null,
    counts: { ...ZERO_COUNTS },
    push: {},
    leaseUntil: 0,
  };
}
