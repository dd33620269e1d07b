import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { GRAPH_FOLDERS } from "./graph/graph-api";
import type { ConnectorRuntime } from "./run-connector";
import type { ConnectorState, GraphSubscriptionRecord, PushState } from "./state";
import { CONNECTOR_LIMITS } from "@baton/shared/limits";

/** Graph caps mail subscriptions at 10,080 minutes; ask for a little less than the cap. */
export const GRAPH_SUBSCRIPTION_MS = CONNECTOR_LIMITS.graphSubscriptionLifetime.value;
/** Renew what expires within this window (the renewal job runs every 12 hours). */
export const RENEW_WITHIN_MS = CONNECTOR_LIMITS.graphRenewWithin.value;

/**
 * Keeps a connector's push channel alive. Gmail: users.watch again (Google asks for at least every 7
 * days; we renew daily). Graph: PATCH each folder's subscription before it expires, or create it
 * when it is missing or already gone. Returns the new push state (also stored).
 */
export async function renewPush(rt: ConnectorRuntime, state: ConnectorState): Promise<PushState> {
  const now = rt.now();
  let push: PushState = state.push;
  if (state.provider === "google") {
    const topic = state.options.pubsubTopic;
    if (topic === undefined) return push;
    const watch = await rt.gmailFor(state).watch(topic);
    push = { ...push, gmailWatchExpiresAt: watch.expiresAt };
  } else {
    const url = state.options.notificationUrl;
    if (url === undefined) return push;
    const api = rt.graphFor(state);
    const subscriptions = [];
    for (const folder of GRAPH_FOLDERS) {
      const current = push.graphSubscriptions?.find((s) => s.folder === folder);
      const expiresAt = now + GRAPH_SUBSCRIPTION_MS;
      if (current !== undefined && current.expiresAt - now > RENEW_WITHIN_MS) {
        subscriptions.push(current);
        continue;
      }
      const renewed = current === undefined ? null : await api.renewSubscription(current.id, expiresAt);
      if (renewed !== null && current !== undefined) {
        subscriptions.push({ ...current, expiresAt: renewed.expiresAt });
        continue;
      }
      const clientState = randomBytes(24).toString("base64url");
      const created = await api.createSubscription({
        resource: `users/${state.address}/mailFolders('${folder}')/messages`,
        notificationUrl: url,
        clientState,
        expiresAt,
      });
      subscriptions.push({
        id: created.id,
        folder,
        expiresAt: created.expiresAt,
        clientStateHash: hashSecret(clientState),
      });
    }
    const kept = new Set(subscriptions.map((s) => s.id));
    await rt.store.indexSubscriptions(
      subscriptions.map((s) => ({
        id: s.id,
        org: state.org,
        mailboxId: state.mailboxId,
        clientStateHash: s.clientStateHash,
      })),
      (push.graphSubscriptions ?? []).map((s) => s.id).filter((id) => !kept.has(id)),
    );
    push = { ...push, graphSubscriptions: subscriptions };
  }
  await rt.store.patch(state.org, state.mailboxId, { push });
  return push;
}

/** Gmail push: the Pub/Sub message data is base64 JSON `{ emailAddress, historyId }`. */
export function decodeGmailPush(
  data: string | undefined,
): { emailAddress: string; historyId: string } | null {
  if (data === undefined) return null;
  try {
    const parsed = JSON.parse(Buffer.from(data, "base64").toString("utf8")) as {
      emailAddress?: unknown;
      historyId?: unknown;
    };
    if (typeof parsed.emailAddress !== "string") return null;
    return { emailAddress: parsed.emailAddress.toLowerCase(), historyId: String(parsed.historyId) };
  } catch {
    return null;
  }
}

export interface GraphNotificationReply {
  status: number;
  contentType: "text/plain" | "application/json";
  body: string;
  /** Connectors whose mailbox changed, each once. */
  toSync: Array<{ org: string; mailboxId: string }>;
  /** Notifications refused because their clientState did not match (forged or stale). */
  rejected: number;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

/** Compares a presented clientState with the stored hash, in constant time. */
function matchesSecret(presented: string, storedHash: string): boolean {
  const x = Buffer.from(hashSecret(presented));
  const y = Buffer.from(storedHash);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Graph delivers notifications in batches; more than this in one request is not Graph. */
export const MAX_GRAPH_NOTIFICATIONS = CONNECTOR_LIMITS.graphNotificationsPerRequest.value;
/** Bytes of a notification request worth reading (a batch of 100 without resource data is ~60 KB). */
export const MAX_GRAPH_NOTIFICATION_BYTES = CONNECTOR_LIMITS.graphNotificationBytes.value;
/** Graph subscription ids are GUIDs; anything else is refused before it can name a document. */
const SUBSCRIPTION_ID = /^[A-Za-z0-9-]{1,100}$/;
const MAX_VALIDATION_TOKEN = CONNECTOR_LIMITS.graphValidationTokenLength.value;

function reply(status: number, body: string, rejected = 0): GraphNotificationReply {
  return { status, contentType: "application/json", body, toSync: [], rejected };
}

/**
 * The Graph notification endpoint's logic. The endpoint is public, so it authenticates before it
 * reads: a `validationToken` query is the subscription handshake and is echoed as text/plain without
 * reading anything; otherwise each notification is looked up by its subscription id alone (one keyed
 * read of graphSubscriptions/{id}, never a scan of connectors) and trusted only when its clientState
 * matches the stored hash in constant time. Only then is its mailbox synced. Notifications carry no
 * message content we rely on: delta is the source of truth.
 */
export async function answerGraphNotification(
  query: Record<string, unknown>,
  body: unknown,
  findSubscription: (id: string) => Promise<GraphSubscriptionRecord | null>,
): Promise<GraphNotificationReply> {
  const token = query.validationToken;
  if (typeof token === "string") {
    if (token.length > MAX_VALIDATION_TOKEN) return reply(400, '{"error":"validationToken too long"}');
    return { status: 200, contentType: "text/plain", body: token, toSync: [], rejected: 0 };
  }
  const value = (body as { value?: unknown } | null | undefined)?.value;
  if (!Array.isArray(value)) return reply(400, '{"error":"expected value[]"}');
  if (value.length > MAX_GRAPH_NOTIFICATIONS)
    return reply(413, `{"error":"at most ${MAX_GRAPH_NOTIFICATIONS} notifications per request"}`);
  // One read per distinct subscription id, however often a batch repeats it.
  const lookups = new Map<string, Promise<GraphSubscriptionRecord | null>>();
  const toSync = new Map<string, { org: string; mailboxId: string }>();
  let rejected = 0;
  for (const item of value as Array<{ subscriptionId?: unknown; clientState?: unknown } | null>) {
    const id = item?.subscriptionId;
    const presented = item?.clientState;
    if (typeof id !== "string" || !SUBSCRIPTION_ID.test(id) || typeof presented !== "string") {
      rejected++;
      continue;
    }
    let lookup = lookups.get(id);
    if (lookup === undefined) {
      lookup = findSubscription(id);
      lookups.set(id, lookup);
    }
    const sub = await lookup;
    if (sub === null || !matchesSecret(presented, sub.clientStateHash)) {
      rejected++;
      continue;
    }
    toSync.set(`${sub.org}/${sub.mailboxId}`, { org: sub.org, mailboxId: sub.mailboxId });
  }
  return { status: 202, contentType: "application/json", body: "", toSync: [...toSync.values()], rejected };
}
