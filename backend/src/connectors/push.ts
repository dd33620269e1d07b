import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { GRAPH_FOLDERS } from "./graph/graph-api";
import type { ConnectorRuntime } from "./run-connector";
import type { ConnectorState, PushState } from "./state";

const HOUR_MS = 3_600_000;
/** Graph caps mail subscriptions at 10,080 minutes; ask for a little less than the cap. */
export const GRAPH_SUBSCRIPTION_MS = 10_000 * 60_000;
/** Renew what expires within this window (the renewal job runs every 12 hours). */
export const RENEW_WITHIN_MS = 36 * HOUR_MS;

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

/**
 * The Graph notification endpoint's logic. A `validationToken` query is the subscription handshake:
 * echo it as text/plain. Otherwise each notification is trusted only when its subscription is ours
 * and its clientState matches the secret stored at creation; the matching mailboxes get synced.
 * Notifications carry no message content we rely on: delta is the source of truth.
 */
export function answerGraphNotification(
  query: Record<string, unknown>,
  body: unknown,
  connectors: readonly ConnectorState[],
): GraphNotificationReply {
  const token = query.validationToken;
  if (typeof token === "string")
    return { status: 200, contentType: "text/plain", body: token, toSync: [], rejected: 0 };
  const value = (body as { value?: unknown } | null | undefined)?.value;
  if (!Array.isArray(value))
    return {
      status: 400,
      contentType: "application/json",
      body: '{"error":"expected value[]"}',
      toSync: [],
      rejected: 0,
    };
  const toSync = new Map<string, { org: string; mailboxId: string }>();
  let rejected = 0;
  for (const item of value as Array<{ subscriptionId?: unknown; clientState?: unknown }>) {
    const owner = connectors.find((c) =>
      c.push.graphSubscriptions?.some((s) => s.id === item.subscriptionId),
    );
    const sub = owner?.push.graphSubscriptions?.find((s) => s.id === item.subscriptionId);
    if (
      owner === undefined ||
      sub === undefined ||
      typeof item.clientState !== "string" ||
      !matchesSecret(item.clientState, sub.clientStateHash)
    ) {
      rejected++;
      continue;
    }
    toSync.set(`${owner.org}/${owner.mailboxId}`, { org: owner.org, mailboxId: owner.mailboxId });
  }
  return { status: 202, contentType: "application/json", body: "", toSync: [...toSync.values()], rejected };
}
