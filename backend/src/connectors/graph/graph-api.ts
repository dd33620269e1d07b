import {
  AuthenticationHandler,
  Client,
  GraphError,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";
import { isAutomated, type MailMessage } from "../mail-message";
import { ProviderError, parseRetryAfter } from "../provider-error";
import { withRetry, type RetryPolicy } from "../retry";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";

/** The folders a connector follows: what arrives and what anyone sends, from any client. */
export const GRAPH_FOLDERS = ["inbox", "sentitems"] as const;
export type GraphFolder = (typeof GRAPH_FOLDERS)[number];

const DELTA_SELECT = [
  // bodyPreview (the first 255 characters of the body) and hasAttachments: routing rules' facts.
  "bodyPreview",
  "hasAttachments",
  "internetMessageId",
  "conversationId",
  "from",
  "toRecipients",
  "ccRecipients",
  "subject",
  "sentDateTime",
  "receivedDateTime",
  "isDraft",
].join(",");

interface Recipient {
  emailAddress?: { address?: string; name?: string };
}

/** A row of a messages delta page: the selected properties, or an `@removed` marker. */
export interface GraphDeltaItem {
  id: string;
  "@removed"?: { reason: string };
  internetMessageId?: string;
  conversationId?: string;
  from?: Recipient;
  toRecipients?: Recipient[];
  ccRecipients?: Recipient[];
  subject?: string;
  sentDateTime?: string;
  receivedDateTime?: string;
  isDraft?: boolean;
  bodyPreview?: string;
  hasAttachments?: boolean;
}

export interface GraphHeader {
  name: string;
  value: string;
}

export interface GraphSubscription {
  id: string;
  expiresAt: number;
}

export interface GraphApiConfig {
  /** The shared mailbox's address (or object id): `/users/{mailbox}`. */
  mailbox: string;
  /** An app-only access token for https://graph.microsoft.com/.default (MSAL client credentials). */
  getToken: () => Promise<string>;
  /** Sends requests meant for graph.microsoft.com here instead (tests: a loopback fake). */
  transportOrigin?: string | undefined;
  retry: RetryPolicy;
  now: () => number;
}

/** The Graph calls the sync engine and the subscription manager make; errors as ProviderError. */
export interface GraphApi {
  initialDeltaUrl(folder: GraphFolder, sinceMs: number): string;
  /** One delta page: `url` is an initial delta URL, an @odata.nextLink or an @odata.deltaLink. */
  deltaPage(
    url: string,
  ): Promise<{ items: GraphDeltaItem[]; nextLink: string | null; deltaLink: string | null }>;
  /** In-Reply-To / References are only in internetMessageHeaders, which delta cannot select. Null: gone. */
  messageHeaders(id: string): Promise<GraphHeader[] | null>;
  /** One message read again by id (a dead letter's replay); null when it is gone. */
  getMessage(id: string, folder: GraphFolder): Promise<MailMessage | null>;
  createSubscription(input: {
    resource: string;
    notificationUrl: string;
    clientState: string;
    expiresAt: number;
  }): Promise<GraphSubscription>;
  /** Null when the subscription no longer exists (it expired or was deleted): create a new one. */
  renewSubscription(id: string, expiresAt: number): Promise<GraphSubscription | null>;
  reply(messageId: string, comment: string): Promise<void>;
  /** A reply draft (createReply): its item id and the internetMessageId Exchange gave it. */
  createReply(messageId: string, comment: string): Promise<{ id: string; internetMessageId: string }>;
  /** Sends a draft made by createReply; the sent copy keeps the draft's internetMessageId. */
  sendDraft(id: string): Promise<void>;
}

/**
 * The last link of the client's middleware chain: fetches, after moving graph.microsoft.com URLs to
 * the configured origin (the client parses only https URLs, and @odata links always name Graph's
 * host, so the override has to happen below the client rather than in `baseUrl`).
 */
class FetchHandler implements Middleware {
  constructor(private readonly origin: string | undefined) {}

  async execute(context: Context): Promise<void> {
    // RequestInfo is a DOM type this package does not load: read it as what it is at runtime.
    const request: unknown = context.request;
    let url = typeof request === "string" ? request : (request as { url: string }).url;
    if (this.origin !== undefined && url.startsWith(GRAPH_ORIGIN))
      url = this.origin + url.slice(GRAPH_ORIGIN.length);
    context.response = await fetch(url, context.options);
  }
}

export function createGraphApi(config: GraphApiConfig): GraphApi {
  const auth = new AuthenticationHandler({ getAccessToken: config.getToken });
  auth.setNext(new FetchHandler(config.transportOrigin));
  // No RetryHandler: its waits cannot be injected; withRetry below does the same with Retry-After.
  const client = Client.initWithMiddleware({ middleware: auth, defaultVersion: "v1.0" });
  const user = `/users/${encodeURIComponent(config.mailbox)}`;
  const call = <T>(run: () => Promise<T>): Promise<T> =>
    withRetry(async () => {
      try {
        return await run();
      } catch (error) {
        throw toProviderError(error, config.now());
      }
    }, config.retry);

  return {
    initialDeltaUrl(folder, sinceMs) {
      const filter = `receivedDateTime ge ${new Date(sinceMs).toISOString()}`;
      const query = `$select=${DELTA_SELECT}&$filter=${encodeURIComponent(filter)}`;
      return `${GRAPH_ORIGIN}/v1.0${user}/mailFolders/${folder}/messages/delta?${query}`;
    },
    async deltaPage(url) {
      const page = await call(
        () =>
          client.api(url).header("Prefer", "odata.maxpagesize=50").get() as Promise<{
            value?: GraphDeltaItem[];
            "@odata.nextLink"?: string;
            "@odata.deltaLink"?: string;
          }>,
      );
      const nextLink = page["@odata.nextLink"] ?? null;
      const deltaLink = page["@odata.deltaLink"] ?? null;
      if (nextLink === null && deltaLink === null) {
        throw new ProviderError(
          "Graph delta page without nextLink or deltaLink",
          502,
          "bad_response",
          undefined,
        );
      }
      return { items: page.value ?? [], nextLink, deltaLink };
    },
    async messageHeaders(id) {
      try {
        const message = await call(
          () =>
            client
              .api(`${user}/messages/${encodeURIComponent(id)}`)
              .select("internetMessageHeaders")
              .get() as Promise<{
              internetMessageHeaders?: GraphHeader[] | null;
            }>,
        );
        return message.internetMessageHeaders ?? [];
      } catch (error) {
        if (error instanceof ProviderError && error.status === 404) return null;
        throw error;
      }
    },
    async getMessage(id, folder) {
      try {
        const message = await call(
          () =>
            client
              .api(`${user}/messages/${encodeURIComponent(id)}`)
              .select(`${DELTA_SELECT},internetMessageHeaders`)
              .get() as Promise<GraphDeltaItem & { internetMessageHeaders?: GraphHeader[] | null }>,
        );
        return toMailMessage(message, message.internetMessageHeaders ?? [], folder);
      } catch (error) {
        if (error instanceof ProviderError && error.status === 404) return null;
        throw error;
      }
    },
    async createSubscription(input) {
      const created = await call(
        () =>
          client.api("/subscriptions").post({
            changeType: "created",
            notificationUrl: input.notificationUrl,
            resource: input.resource,
            expirationDateTime: new Date(input.expiresAt).toISOString(),
            clientState: input.clientState,
          }) as Promise<{ id: string; expirationDateTime: string }>,
      );
      return { id: created.id, expiresAt: Date.parse(created.expirationDateTime) };
    },
    async renewSubscription(id, expiresAt) {
      try {
        const renewed = await call(
          () =>
            client
              .api(`/subscriptions/${encodeURIComponent(id)}`)
              .patch({ expirationDateTime: new Date(expiresAt).toISOString() }) as Promise<{
              id: string;
              expirationDateTime: string;
            }>,
        );
        return { id: renewed.id, expiresAt: Date.parse(renewed.expirationDateTime) };
      } catch (error) {
        if (error instanceof ProviderError && error.status === 404) return null;
        throw error;
      }
    },
    async reply(messageId, comment) {
      await call(
        () =>
          client
            .api(`${user}/messages/${encodeURIComponent(messageId)}/reply`)
            .post({ comment }) as Promise<unknown>,
      );
    },
    async createReply(messageId, comment) {
      const draft = await call(
        () =>
          client.api(`${user}/messages/${encodeURIComponent(messageId)}/createReply`).post({
            comment,
            // The Microsoft counterpart of Auto-Submitted (an X- header, which Graph allows): asks
            // Exchange recipients not to answer the acknowledgement with their out-of-office.
            message: { internetMessageHeaders: [{ name: "X-Auto-Response-Suppress", value: "All" }] },
          }) as Promise<{ id?: string; internetMessageId?: string }>,
      );
      if (typeof draft.id !== "string" || typeof draft.internetMessageId !== "string") {
        // Without its id the sent copy would read as a person's reply and stop the clock: do not send.
        throw new ProviderError(
          "Graph createReply without id or internetMessageId",
          502,
          "bad_response",
          undefined,
        );
      }
      return { id: draft.id, internetMessageId: draft.internetMessageId };
    },
    async sendDraft(id) {
      await call(
        () => client.api(`${user}/messages/${encodeURIComponent(id)}/send`).post({}) as Promise<unknown>,
      );
    },
  };
}

/**
 * A delta row plus its headers -> MailMessage; null for drafts and removals. `folder` is the folder
 * whose delta produced the row: Sent Items is what makes it `sent` (From is only the sender's claim).
 */
export function toMailMessage(
  item: GraphDeltaItem,
  headers: readonly GraphHeader[],
  folder: GraphFolder,
): MailMessage | null {
  if (item["@removed"] !== undefined || item.isDraft === true) return null;
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  const address = (r: Recipient | undefined) => r?.emailAddress?.address ?? "";
  const dated = item.sentDateTime ?? item.receivedDateTime ?? "";
  return {
    providerId: item.id,
    threadId: item.conversationId,
    messageId: item.internetMessageId ?? header("message-id") ?? "",
    inReplyTo: header("in-reply-to"),
    references: header("references"),
    from: address(item.from),
    to: (item.toRecipients ?? []).map(address).filter((a) => a !== ""),
    cc: (item.ccRecipients ?? []).map(address).filter((a) => a !== ""),
    subject: item.subject ?? "",
    sentAt: Date.parse(dated),
    // receivedDateTime is when Exchange delivered it (for Sent Items, when it was sent): the receipt
    // the observe path trusts over sentDateTime, the sender's claim, unless the two agree.
    ...(item.receivedDateTime === undefined ? {} : { receivedAt: Date.parse(item.receivedDateTime) }),
    automated: isAutomated(header("auto-submitted"), header("precedence")),
    autoSubmitted: header("auto-submitted"),
    precedence: header("precedence"),
    sent: folder === "sentitems",
    ...(item.bodyPreview === undefined ? {} : { snippet: item.bodyPreview }),
    ...(item.hasAttachments === undefined ? {} : { hasAttachment: item.hasAttachments }),
  };
}

/** A GraphError -> ProviderError; network failures (statusCode -1) count as 503. */
export function toProviderError(error: unknown, nowMs: number): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof GraphError) {
    const status = error.statusCode > 0 ? error.statusCode : 503;
    const retryAfter = parseRetryAfter(error.headers?.get("Retry-After"), nowMs);
    return new ProviderError(`Graph: ${error.message}`, status, error.code ?? undefined, retryAfter);
  }
  return new ProviderError(
    `Graph: ${error instanceof Error ? error.message : String(error)}`,
    503,
    undefined,
    undefined,
  );
}
