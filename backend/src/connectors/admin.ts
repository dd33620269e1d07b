import {
  DEFAULT_OPTIONS,
  newConnectorState,
  type ConnectorOptions,
  type ConnectorState,
  type Provider,
  type StateStore,
} from "./state";

export interface ConnectInput {
  org: string;
  mailboxId: string;
  address: string;
  provider: Provider;
  options: Partial<ConnectorOptions>;
}

export type ConnectOutcome = { created: boolean; state: ConnectorState };

/**
 * Connects a shared mailbox, or updates the options of a connected one. Reconnecting keeps the cursor
 * and counts (changing options must not re-read the mailbox); switching provider starts over.
 */
export async function connectMailbox(
  store: StateStore,
  input: ConnectInput,
  nowMs: number,
): Promise<ConnectOutcome> {
  const existing = await store.get(input.org, input.mailboxId);
  if (
    existing !== null &&
    existing.provider === input.provider &&
    existing.address === input.address.toLowerCase()
  ) {
    const options = { ...existing.options, ...input.options };
    await store.patch(input.org, input.mailboxId, { options });
    return { created: false, state: { ...existing, options } };
  }
  const state = newConnectorState(
    input.org,
    input.mailboxId,
    input.address,
    input.provider,
    input.options,
    nowMs,
  );
  await store.put(state);
  return { created: true, state };
}

export async function setPaused(
  store: StateStore,
  org: string,
  mailboxId: string,
  paused: boolean,
): Promise<boolean> {
  if ((await store.get(org, mailboxId)) === null) return false;
  await store.patch(org, mailboxId, { paused });
  return true;
}

function ago(ms: number | null, nowMs: number): string {
  if (ms === null) return "never";
  const s = Math.round((nowMs - ms) / 1000);
  return s < 120 ? `${s}s ago` : s < 7200 ? `${Math.round(s / 60)}m ago` : `${Math.round(s / 3600)}h ago`;
}

function duration(ms: number | null): string {
  if (ms === null) return "-";
  return ms < 120_000 ? `${Math.round(ms / 1000)}s` : `${Math.round(ms / 60_000)}m`;
}

/** One line per connector for `status`: what an admin checks first (stale, lagging, failing, paused). */
export function describeConnector(state: ConnectorState, nowMs: number): string {
  const c = state.counts;
  const health = state.paused
    ? "PAUSED"
    : state.lastError !== null
      ? "ERROR"
      : state.lastSyncAt === null
        ? "NEW"
        : "OK";
  const lines = [
    `${state.org}/${state.mailboxId}  ${state.address}  ${state.provider}  ${health}`,
    `  last sync ${ago(state.lastSyncAt, nowMs)}, lag ${duration(state.lagMs)}, phase ${phaseOf(state.cursor)}`,
    `  recorded ${c.recorded}, already known ${c.known}, skipped ${c.skipped}, dead letters ${c.deadLettered}, pages ${c.pages}, resyncs ${c.resyncs}, errors ${c.errors}, acks ${c.acks}`,
  ];
  if (state.lastError !== null)
    lines.push(`  last error ${ago(state.lastError.at, nowMs)}: ${state.lastError.message}`);
  const push = state.push;
  if (push.gmailWatchExpiresAt !== undefined)
    lines.push(`  gmail watch until ${new Date(push.gmailWatchExpiresAt).toISOString()}`);
  for (const s of push.graphSubscriptions ?? [])
    lines.push(`  graph subscription ${s.folder} until ${new Date(s.expiresAt).toISOString()}`);
  if (state.options.autoAck?.enabled === true) lines.push("  auto-acknowledgement on");
  return lines.join("\n");
}

function phaseOf(cursor: unknown): string {
  if (cursor === null || typeof cursor !== "object") return "not started";
  if ("phase" in cursor) return String(cursor.phase);
  const folders = Object.values(cursor as Record<string, { deltaLink?: unknown; nextLink?: unknown }>);
  return folders.every((f) => f.nextLink === null && typeof f.deltaLink === "string") ? "delta" : "initial";
}

export function parseOptions(flags: Record<string, string | boolean | undefined>): Partial<ConnectorOptions> {
  const options: Partial<ConnectorOptions> = {};
  const int = (name: string, fallback: number) => {
    const raw = flags[name];
    if (typeof raw !== "string") return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a positive whole number (default ${fallback})`);
    return value;
  };
  const days = int("days", DEFAULT_OPTIONS.initialDays);
  const resyncDays = int("resync-days", DEFAULT_OPTIONS.resyncDays);
  const cap = int("max-resync-messages", DEFAULT_OPTIONS.maxResyncMessages);
  if (days !== undefined) options.initialDays = days;
  if (resyncDays !== undefined) options.resyncDays = resyncDays;
  if (cap !== undefined) options.maxResyncMessages = cap;
  if (typeof flags.topic === "string") options.pubsubTopic = flags.topic;
  if (typeof flags["notification-url"] === "string") options.notificationUrl = flags["notification-url"];
  if (flags["auto-ack"] === true || flags["no-auto-ack"] === true) {
    options.autoAck = {
      enabled: flags["auto-ack"] === true,
      subject: typeof flags["ack-subject"] === "string" ? flags["ack-subject"] : "Re: {subject}",
      body:
        typeof flags["ack-body"] === "string"
          ? flags["ack-body"]
          : 'Thank you for writing to {mailbox}. We have received your message about "{subject}" and will reply soon.',
    };
  }
  return options;
}
