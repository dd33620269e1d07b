import { gmail, type gmail_v1 } from "@googleapis/gmail";
import { isAutomated, splitAddressList, type MailMessage } from "../mail-message";
import { ProviderError, parseRetryAfter } from "../provider-error";
import { withRetry, type RetryPolicy } from "../retry";

/** The headers a connector reads: threading, addressing, date, and RFC 3834 automation markers. */
export const METADATA_HEADERS = [
  "Message-ID",
  "In-Reply-To",
  "References",
  "From",
  "To",
  "Cc",
  "Subject",
  "Date",
  "Auto-Submitted",
  "Precedence",
];

/** Labels whose messages are not conversation traffic. */
const IGNORED_LABELS = new Set(["DRAFT", "SPAM", "TRASH"]);

export interface GmailApiConfig {
  /** The shared mailbox: the delegated `subject` and the Gmail userId. */
  mailbox: string;
  /** google-auth-library client: a JWT with domain-wide delegation in production. */
  auth: unknown;
  /** Overrides https://gmail.googleapis.com/ (tests point it at a loopback fake). */
  rootUrl?: string | undefined;
  retry: RetryPolicy;
  now: () => number;
}

export interface MessageRef {
  id: string;
  threadId: string | undefined;
}

/** The Gmail calls the sync engine makes, with errors reduced to ProviderError and throttling retried. */
export interface GmailApi {
  currentHistoryId(): Promise<string>;
  listMessages(
    query: string,
    pageToken: string | null,
    pageSize: number,
  ): Promise<{ refs: MessageRef[]; nextPageToken: string | null }>;
  /** Null when the message is gone (deleted between list and get) or is a draft/spam/trash. */
  getMessage(id: string): Promise<MailMessage | null>;
  /** Throws ProviderError 404 when the start id has expired. */
  listHistory(
    startHistoryId: string,
    pageToken: string | null,
  ): Promise<{ refs: MessageRef[]; nextPageToken: string | null; historyId: string }>;
  watch(topicName: string): Promise<{ historyId: string; expiresAt: number }>;
  sendRaw(raw: string, threadId: string | undefined): Promise<void>;
}

export function createGmailApi(config: GmailApiConfig): GmailApi {
  const client = gmail({
    version: "v1",
    // The nested google-auth-library of googleapis-common is another copy of the same classes.
    auth: config.auth as gmail_v1.Options["auth"],
    ...(config.rootUrl === undefined ? {} : { rootUrl: config.rootUrl }),
    // Our own bounded retry (with an injectable sleep) replaces gaxios' built-in one.
    retry: false,
    // Node's fetch, instead of gaxios importing node-fetch on first use (a dynamic import that jest's
    // VM and some bundles cannot follow).
    fetchImplementation: fetch,
  });
  const userId = config.mailbox;
  const call = <T>(run: () => Promise<{ data: T }>): Promise<T> =>
    withRetry(async () => {
      try {
        return (await run()).data;
      } catch (error) {
        throw toProviderError(error, config.now());
      }
    }, config.retry);

  return {
    async currentHistoryId() {
      const profile = await call(() => client.users.getProfile({ userId }));
      return requireString(profile.historyId, "profile.historyId");
    },
    async listMessages(query, pageToken, pageSize) {
      const page = await call(() =>
        client.users.messages.list({
          userId,
          q: query,
          maxResults: pageSize,
          ...(pageToken === null ? {} : { pageToken }),
        }),
      );
      return { refs: refsOf(page.messages ?? []), nextPageToken: page.nextPageToken ?? null };
    },
    async getMessage(id) {
      try {
        const message = await call(() =>
          client.users.messages.get({ userId, id, format: "metadata", metadataHeaders: METADATA_HEADERS }),
        );
        return toMailMessage(message);
      } catch (error) {
        if (error instanceof ProviderError && error.status === 404) return null;
        throw error;
      }
    },
    async listHistory(startHistoryId, pageToken) {
      const page = await call(() =>
        client.users.history.list({
          userId,
          startHistoryId,
          historyTypes: ["messageAdded"],
          maxResults: 500,
          ...(pageToken === null ? {} : { pageToken }),
        }),
      );
      const refs: MessageRef[] = [];
      for (const record of page.history ?? []) {
        for (const added of record.messagesAdded ?? []) {
          const message = added.message;
          if (message?.id == null) continue;
          if ((message.labelIds ?? []).some((label) => IGNORED_LABELS.has(label))) continue;
          refs.push({ id: message.id, threadId: message.threadId ?? undefined });
        }
      }
      return {
        refs,
        nextPageToken: page.nextPageToken ?? null,
        historyId: requireString(page.historyId, "history.historyId"),
      };
    },
    async watch(topicName) {
      const response = await call(() =>
        client.users.watch({
          userId,
          requestBody: { topicName, labelIds: ["INBOX", "SENT"], labelFilterBehavior: "include" },
        }),
      );
      return {
        historyId: requireString(response.historyId, "watch.historyId"),
        expiresAt: Number(response.expiration ?? 0),
      };
    },
    async sendRaw(raw, threadId) {
      await call(() =>
        client.users.messages.send({
          userId,
          requestBody: { raw, ...(threadId === undefined ? {} : { threadId }) },
        }),
      );
    },
  };
}

function refsOf(messages: gmail_v1.Schema$Message[]): MessageRef[] {
  return messages
    .filter((m): m is gmail_v1.Schema$Message & { id: string } => typeof m.id === "string")
    .map((m) => ({ id: m.id, threadId: m.threadId ?? undefined }));
}

function requireString(value: string | null | undefined, what: string): string {
  if (typeof value !== "string" || value === "")
    throw new ProviderError(`Gmail answered without ${what}`, 502, "bad_response", undefined);
  return value;
}

/** Whether any part of the message is a named file (an attachment); metadata keeps the parts' names. */
function hasAttachment(part: gmail_v1.Schema$MessagePart | undefined): boolean {
  if (part === undefined) return false;
  if (typeof part.filename === "string" && part.filename !== "") return true;
  return (part.parts ?? []).some(hasAttachment);
}

/** Gmail's metadata message -> MailMessage; null for drafts, spam, trash. */
export function toMailMessage(message: gmail_v1.Schema$Message): MailMessage | null {
  if ((message.labelIds ?? []).some((label) => IGNORED_LABELS.has(label))) return null;
  const headers = new Map<string, string>();
  for (const header of message.payload?.headers ?? []) {
    const name = header.name?.toLowerCase();
    // The first occurrence wins: a duplicated header is usually a later hop's addition.
    if (name !== undefined && header.value != null && !headers.has(name)) headers.set(name, header.value);
  }
  const dated = Date.parse(headers.get("date") ?? "");
  // internalDate is when Gmail accepted the message (for SMTP mail; an import may set it from Date):
  // the receipt the observe path trusts over a sender's clock. Date stays the claim, or the receipt
  // itself when Date is junk.
  const receivedAt = Number(message.internalDate ?? NaN);
  const sentAt = Number.isNaN(dated) ? receivedAt : dated;
  return {
    providerId: message.id ?? "",
    threadId: message.threadId ?? undefined,
    messageId: headers.get("message-id") ?? "",
    inReplyTo: headers.get("in-reply-to"),
    references: headers.get("references"),
    from: headers.get("from") ?? "",
    to: splitAddressList(headers.get("to")),
    cc: splitAddressList(headers.get("cc")),
    subject: headers.get("subject") ?? "",
    sentAt,
    ...(Number.isFinite(receivedAt) ? { receivedAt } : {}),
    automated: isAutomated(headers.get("auto-submitted"), headers.get("precedence")),
    autoSubmitted: headers.get("auto-submitted"),
    precedence: headers.get("precedence"),
    // Gmail puts SENT on what this account sent (from any client); From is only the sender's claim.
    sent: (message.labelIds ?? []).includes("SENT"),
    // Metadata format still carries the snippet and the parts' filenames (routing rules' facts).
    ...(typeof message.snippet === "string" ? { snippet: message.snippet } : {}),
    hasAttachment: hasAttachment(message.payload),
  };
}

interface HttpLikeError {
  message?: unknown;
  status?: unknown;
  code?: unknown;
  response?: { status?: unknown; headers?: unknown; data?: unknown };
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== "object") return undefined;
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, unknown>)[name.toLowerCase()];
  return typeof value === "string" ? value : undefined;
}

/** A gaxios failure -> ProviderError; anything without an HTTP status (a reset socket) counts as 503. */
export function toProviderError(error: unknown, nowMs: number): ProviderError {
  if (error instanceof ProviderError) return error;
  const e = (error ?? {}) as HttpLikeError;
  const status =
    typeof e.response?.status === "number"
      ? e.response.status
      : typeof e.status === "number"
        ? e.status
        : 503;
  const data = e.response?.data as { error?: { status?: unknown; message?: unknown } } | undefined;
  const code = typeof data?.error?.status === "string" ? data.error.status : undefined;
  const message = typeof e.message === "string" ? e.message : String(error);
  return new ProviderError(
    `Gmail: ${message}`,
    status,
    code,
    parseRetryAfter(headerOf(e.response?.headers, "retry-after"), nowMs),
  );
}
