import { FakeHttpServer, type FakeReply } from "./fake-http";

export interface FakeGmailMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  /** Header name -> value, as the message carries them. */
  headers: Record<string, string>;
  internalDate: number;
  historyId: number;
}

interface HistoryRecord {
  id: number;
  message: { id: string; threadId: string; labelIds: string[] };
}

const notFound = (message: string): FakeReply => ({
  status: 404,
  body: { error: { code: 404, message, status: "NOT_FOUND", errors: [{ reason: "notFound", message }] } },
});

/**
 * A loopback stand-in for the Gmail API v1 (the documented shapes of users.getProfile, messages.list,
 * messages.get format=metadata, history.list, watch and messages.send): opaque page tokens,
 * nextPageToken, a growing historyId, 404 for an expired startHistoryId, drafts and deletions.
 * One mailbox; `fail()` scripts 429/503 with Retry-After.
 */
export class FakeGmail {
  readonly messages = new Map<string, FakeGmailMessage>();
  readonly history: HistoryRecord[] = [];
  readonly sent: Array<{ raw: string; threadId: string | undefined }> = [];
  readonly watches: string[] = [];
  historyId = 1000;
  /** history.list answers 404 for any start below this (Gmail keeps history for about a week). */
  expiredBefore = 0;
  /** Records per history page (Gmail's default is 100; small here so paging is exercised). */
  historyPageSize = 3;
  /** Called after each messages.list page is served: tests delete or deliver mail "meanwhile". */
  afterList: (() => void) | null = null;
  private nextId = 1;
  readonly http: FakeHttpServer;

  constructor(readonly mailbox: string) {
    this.http = new FakeHttpServer((req) => this.route(req.method, req.url, req.body));
  }

  get rootUrl(): string {
    return `${this.http.origin}/`;
  }

  start(): Promise<void> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /** Delivers a message (inbound to INBOX, or outbound with labels ["SENT"]); returns its Gmail id. */
  deliver(
    headers: Record<string, string>,
    options: { threadId?: string; labelIds?: string[]; internalDate?: number } = {},
  ): string {
    const id = (this.nextId++).toString(16).padStart(16, "0");
    this.historyId += 1 + (this.nextId % 3); // history ids grow with gaps, as Gmail's do
    const labelIds = options.labelIds ?? ["INBOX", "UNREAD"];
    const message: FakeGmailMessage = {
      id,
      threadId: options.threadId ?? id,
      labelIds,
      headers,
      internalDate: options.internalDate ?? dateOf(headers),
      historyId: this.historyId,
    };
    this.messages.set(id, message);
    this.history.push({ id: this.historyId, message: { id, threadId: message.threadId, labelIds } });
    return id;
  }

  /** A message deleted after it was listed: messages.get answers 404. */
  remove(id: string): void {
    this.messages.delete(id);
  }

  private route(method: string, url: URL, body: unknown): FakeReply | null {
    const match = /^\/gmail\/v1\/users\/([^/]+)\/(.*)$/.exec(url.pathname);
    if (match === null) return null;
    const user = decodeURIComponent(match[1] ?? "");
    if (user !== this.mailbox && user !== "me")
      return { status: 403, body: { error: { code: 403, message: "Delegation denied" } } };
    const rest = match[2] ?? "";
    if (method === "GET" && rest === "profile") {
      return {
        status: 200,
        body: {
          emailAddress: this.mailbox,
          messagesTotal: this.messages.size,
          historyId: String(this.historyId),
        },
      };
    }
    if (method === "GET" && rest === "messages") return this.list(url);
    if (method === "GET" && rest.startsWith("messages/"))
      return this.get(decodeURIComponent(rest.slice(9)), url);
    if (method === "GET" && rest === "history") return this.listHistory(url);
    if (method === "POST" && rest === "watch") {
      this.watches.push(String((body as { topicName?: unknown }).topicName));
      return {
        status: 200,
        body: { historyId: String(this.historyId), expiration: String(Date.now() + 7 * 86_400_000) },
      };
    }
    if (method === "POST" && rest === "messages/send")
      return this.send(body as { raw?: string; threadId?: string });
    return null;
  }

  private list(url: URL): FakeReply {
    const q = url.searchParams.get("q") ?? "";
    const after = /after:(\d+)/.exec(q);
    const afterMs = after === null ? 0 : Number(after[1]) * 1000;
    const noDrafts = q.includes("-in:drafts");
    // Newest first, as Gmail lists.
    const all = [...this.messages.values()]
      .filter((m) => m.internalDate > afterMs && !(noDrafts && m.labelIds.includes("DRAFT")))
      .sort((a, b) => b.internalDate - a.internalDate || b.historyId - a.historyId);
    const size = Math.min(500, Number(url.searchParams.get("maxResults") ?? 100));
    const offset = decodeToken(url.searchParams.get("pageToken"));
    const page = all.slice(offset, offset + size);
    const more = offset + size < all.length;
    this.afterList?.();
    return {
      status: 200,
      body: {
        ...(page.length > 0 ? { messages: page.map((m) => ({ id: m.id, threadId: m.threadId })) } : {}),
        ...(more ? { nextPageToken: encodeToken(offset + size) } : {}),
        resultSizeEstimate: all.length,
      },
    };
  }

  private get(id: string, url: URL): FakeReply {
    const message = this.messages.get(id);
    if (message === undefined) return notFound("Requested entity was not found.");
    const wanted = new Set(url.searchParams.getAll("metadataHeaders").map((h) => h.toLowerCase()));
    const headers = Object.entries(message.headers)
      .filter(([name]) => wanted.size === 0 || wanted.has(name.toLowerCase()))
      .map(([name, value]) => ({ name, value }));
    return {
      status: 200,
      body: {
        id: message.id,
        threadId: message.threadId,
        labelIds: message.labelIds,
        snippet: "",
        historyId: String(message.historyId),
        internalDate: String(message.internalDate),
        payload: { mimeType: "multipart/alternative", headers },
        sizeEstimate: 1024,
      },
    };
  }

  private listHistory(url: URL): FakeReply {
    const start = Number(url.searchParams.get("startHistoryId"));
    if (!Number.isFinite(start) || start < this.expiredBefore)
      return notFound("Requested entity was not found.");
    const records = this.history.filter((h) => h.id > start);
    const offset = decodeToken(url.searchParams.get("pageToken"));
    const size = Math.min(this.historyPageSize, Number(url.searchParams.get("maxResults") ?? 100));
    const page = records.slice(offset, offset + size);
    const more = offset + size < records.length;
    return {
      status: 200,
      body: {
        ...(page.length > 0
          ? {
              history: page.map((h) => ({
                id: String(h.id),
                messages: [h.message],
                messagesAdded: [{ message: h.message }],
              })),
            }
          : {}),
        ...(more ? { nextPageToken: encodeToken(offset + size) } : {}),
        historyId: String(this.historyId),
      },
    };
  }

  private send(body: { raw?: string; threadId?: string }): FakeReply {
    if (typeof body.raw !== "string")
      return { status: 400, body: { error: { code: 400, message: "raw is required" } } };
    this.sent.push({ raw: body.raw, threadId: body.threadId });
    const text = Buffer.from(body.raw, "base64url").toString("utf8");
    const headers: Record<string, string> = {};
    for (const line of text.split("\r\n\r\n")[0]?.split("\r\n") ?? []) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon)] = line.slice(colon + 1).trim();
    }
    if (!("From" in headers)) headers.From = this.mailbox;
    if (!("Date" in headers)) headers.Date = new Date().toUTCString();
    const id = this.deliver(headers, {
      labelIds: ["SENT"],
      ...(body.threadId === undefined ? {} : { threadId: body.threadId }),
    });
    return { status: 200, body: { id, threadId: this.messages.get(id)?.threadId, labelIds: ["SENT"] } };
  }
}

function encodeToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

function decodeToken(token: string | null): number {
  if (token === null || token === "") return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  return match === null ? 0 : Number(match[1]);
}

function dateOf(headers: Record<string, string>): number {
  const parsed = Date.parse(headers.Date ?? "");
  return Number.isNaN(parsed) ? Date.now() : parsed;
}
