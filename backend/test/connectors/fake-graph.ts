import { GRAPH_ORIGIN } from "../../src/connectors/graph/graph-api";
import { FakeHttpServer, type FakeReply } from "./fake-http";

export interface FakeGraphMessage {
  id: string;
  folder: string;
  /** Global change sequence: bumped on create, update and delete. */
  seq: number;
  removed: boolean;
  internetMessageId: string;
  conversationId: string;
  from: string;
  to: string[];
  subject: string;
  sentDateTime: string;
  receivedDateTime: string;
  isDraft: boolean;
  headers: Array<{ name: string; value: string }>;
}

interface DeltaToken {
  gen: number;
  folder: string;
  /** Changes after this sequence... */
  after: number;
  /** ...up to this one belong to the round (fixed when the round starts). */
  upto: number;
  offset: number;
  sinceMs: number;
}

export interface FakeSubscription {
  id: string;
  resource: string;
  notificationUrl: string;
  clientState: string;
  expirationDateTime: string;
}

const graphError = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): FakeReply => ({
  status,
  body: { error: { code, message, innerError: { "request-id": "fake", date: new Date().toISOString() } } },
  ...(headers === undefined ? {} : { headers }),
});

/**
 * A loopback stand-in for Microsoft Graph v1.0 mail: messages delta per folder with
 * `Prefer: odata.maxpagesize`, @odata.nextLink inside a round and @odata.deltaLink at its end (both
 * absolute graph.microsoft.com URLs, as Graph sends them), `@removed` rows, 410 syncStateNotFound for
 * tokens of an older generation, message GET with internetMessageHeaders, subscriptions with the
 * validationToken handshake, and reply.
 */
export class FakeGraph {
  readonly messages = new Map<string, FakeGraphMessage>();
  readonly subscriptions = new Map<string, FakeSubscription>();
  readonly replies: Array<{ messageId: string; comment: string }> = [];
  seq = 0;
  /** The fake's clock for expiry checks (tests that move time set it). */
  now: () => number = Date.now;
  private generation = 1;
  private nextId = 1;
  readonly http: FakeHttpServer;

  constructor(readonly mailbox: string) {
    this.http = new FakeHttpServer((req) =>
      this.route(req.method, req.url, req.body, String(req.headers.prefer ?? "")),
    );
  }

  get origin(): string {
    return this.http.origin;
  }

  start(): Promise<void> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /** Drops every delta and skip token handed out so far: their next use answers 410. */
  expireTokens(): void {
    this.generation++;
  }

  deliver(
    folder: "inbox" | "sentitems",
    headers: Record<string, string>,
    options: { conversationId?: string; isDraft?: boolean } = {},
  ): string {
    const id = `AAMk${(this.nextId++).toString().padStart(6, "0")}`;
    const date = new Date(Date.parse(headers.Date ?? "") || Date.now()).toISOString();
    const message: FakeGraphMessage = {
      id,
      folder,
      seq: ++this.seq,
      removed: false,
      internetMessageId: headers["Message-ID"] ?? "",
      conversationId: options.conversationId ?? `conv-${id}`,
      from: /<([^>]+)>/.exec(headers.From ?? "")?.[1] ?? headers.From ?? "",
      to: (headers.To ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      subject: headers.Subject ?? "",
      sentDateTime: date,
      receivedDateTime: date,
      isDraft: options.isDraft ?? false,
      // Graph returns no internetMessageHeaders for mail composed in the mailbox itself.
      headers:
        folder === "sentitems" ? [] : Object.entries(headers).map(([name, value]) => ({ name, value })),
    };
    this.messages.set(id, message);
    return id;
  }

  /** A change that makes the message reappear in the next delta round (read, flagged...). */
  touch(id: string): void {
    const message = this.messages.get(id);
    if (message !== undefined) message.seq = ++this.seq;
  }

  remove(id: string): void {
    const message = this.messages.get(id);
    if (message === undefined) return;
    message.removed = true;
    message.seq = ++this.seq;
  }

  private route(
    method: string,
    url: URL,
    body: unknown,
    prefer: string | undefined,
  ): FakeReply | null | Promise<FakeReply> {
    const path = url.pathname;
    const user = `/v1.0/users/${encodeURIComponent(this.mailbox)}`;
    const folderDelta = new RegExp(`^${escape(user)}/mailFolders/(inbox|sentitems)/messages/delta$`).exec(
      path,
    );
    if (method === "GET" && folderDelta !== null) return this.delta(folderDelta[1] ?? "", url, prefer);
    const single = new RegExp(`^${escape(user)}/messages/([^/]+)$`).exec(path);
    if (method === "GET" && single !== null) return this.getMessage(decodeURIComponent(single[1] ?? ""));
    const reply = new RegExp(`^${escape(user)}/messages/([^/]+)/reply$`).exec(path);
    if (method === "POST" && reply !== null) return this.reply(decodeURIComponent(reply[1] ?? ""), body);
    const createReply = new RegExp(`^${escape(user)}/messages/([^/]+)/createReply$`).exec(path);
    if (method === "POST" && createReply !== null)
      return this.createReply(decodeURIComponent(createReply[1] ?? ""), body);
    const send = new RegExp(`^${escape(user)}/messages/([^/]+)/send$`).exec(path);
    if (method === "POST" && send !== null) return this.sendDraft(decodeURIComponent(send[1] ?? ""));
    if (path.startsWith("/v1.0/users/") && !path.startsWith(user)) {
      return graphError(
        403,
        "ErrorAccessDenied",
        "Access to OData is disabled: the application access policy excludes this mailbox.",
      );
    }
    if (method === "POST" && path === "/v1.0/subscriptions") {
      return this.createSubscription(body as Parameters<FakeGraph["createSubscription"]>[0]);
    }
    const sub = /^\/v1\.0\/subscriptions\/([^/]+)$/.exec(path);
    if (method === "PATCH" && sub !== null) return this.renew(decodeURIComponent(sub[1] ?? ""), body);
    return null;
  }

  private delta(folder: string, url: URL, prefer: string | undefined): FakeReply {
    const pageSize = Number(/odata\.maxpagesize=(\d+)/.exec(prefer ?? "")?.[1] ?? 10);
    const skip = url.searchParams.get("$skiptoken");
    const deltaToken = url.searchParams.get("$deltatoken");
    let token: DeltaToken;
    if (skip !== null || deltaToken !== null) {
      const decoded = decode(skip ?? deltaToken ?? "");
      if (decoded === null || decoded.gen !== this.generation || decoded.folder !== folder) {
        return graphError(
          410,
          "syncStateNotFound",
          "The sync state generation is not found. The delta token is expired and data must be synchronized again.",
        );
      }
      // A deltaLink starts a new round over the changes after its watermark.
      token = deltaToken !== null ? { ...decoded, after: decoded.upto, upto: this.seq, offset: 0 } : decoded;
    } else {
      const filter = url.searchParams.get("$filter") ?? "";
      const since = /receivedDateTime ge (\S+)/.exec(filter)?.[1];
      token = {
        gen: this.generation,
        folder,
        after: 0,
        upto: this.seq,
        offset: 0,
        sinceMs: since === undefined ? 0 : Date.parse(since),
      };
    }
    const initial = token.after === 0;
    const changes = [...this.messages.values()]
      .filter((m) => m.folder === folder && m.seq > token.after && m.seq <= token.upto)
      .filter((m) => !initial || (!m.removed && Date.parse(m.receivedDateTime) >= token.sinceMs))
      .sort((a, b) => a.seq - b.seq);
    const page = changes.slice(token.offset, token.offset + pageSize);
    const base = `${GRAPH_ORIGIN}/v1.0/users/${encodeURIComponent(this.mailbox)}/mailFolders/${folder}/messages/delta`;
    const more = token.offset + pageSize < changes.length;
    const link = more
      ? { "@odata.nextLink": `${base}?$skiptoken=${encode({ ...token, offset: token.offset + pageSize })}` }
      : { "@odata.deltaLink": `${base}?$deltatoken=${encode({ ...token, offset: 0 })}` };
    return {
      status: 200,
      body: {
        "@odata.context": `${GRAPH_ORIGIN}/v1.0/$metadata#Collection(message)`,
        value: page.map((m) => (m.removed ? { id: m.id, "@removed": { reason: "deleted" } } : this.row(m))),
        ...link,
      },
    };
  }

  private row(m: FakeGraphMessage) {
    const recipient = (address: string) => ({ emailAddress: { address, name: address } });
    return {
      "@odata.type": "#microsoft.graph.message",
      "@odata.etag": `W/"${m.seq}"`,
      id: m.id,
      internetMessageId: m.internetMessageId,
      conversationId: m.conversationId,
      from: recipient(m.from),
      toRecipients: m.to.map(recipient),
      ccRecipients: [],
      subject: m.subject,
      sentDateTime: m.sentDateTime,
      receivedDateTime: m.receivedDateTime,
      isDraft: m.isDraft,
    };
  }

  private getMessage(id: string): FakeReply {
    const m = this.messages.get(id);
    if (m === undefined || m.removed)
      return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return {
      status: 200,
      // Graph answers the $select'ed properties; the delta row's and the headers are all a caller asks.
      body: {
        ...this.row(m),
        "@odata.etag": `W/"${m.seq}"`,
        internetMessageHeaders: m.headers.length > 0 ? m.headers : undefined,
      },
    };
  }

  private reply(id: string, body: unknown): FakeReply {
    const original = this.messages.get(id);
    if (original === undefined)
      return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    const raw = (body as { comment?: unknown } | undefined)?.comment;
    const comment = typeof raw === "string" ? raw : "";
    this.replies.push({ messageId: id, comment });
    this.deliver(
      "sentitems",
      {
        "Message-ID": `<ack-${this.nextId}@${this.mailbox.split("@")[1] ?? "x.test"}>`,
        From: this.mailbox,
        To: original.from,
        Subject: `RE: ${original.subject}`,
        Date: new Date().toUTCString(),
      },
      { conversationId: original.conversationId },
    );
    return { status: 202 };
  }

  /** Comments of the drafts createReply made, by draft id, until they are sent. */
  private readonly draftReplies = new Map<string, { messageId: string; comment: string }>();

  /**
   * POST createReply: a draft in Drafts (not a followed folder) with the internetMessageId Exchange
   * assigns at creation and keeps when the draft is sent.
   */
  private createReply(id: string, body: unknown): FakeReply {
    const original = this.messages.get(id);
    if (original === undefined)
      return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    const raw = (body as { comment?: unknown } | undefined)?.comment;
    const draftId = this.deliver(
      "sentitems",
      {
        "Message-ID": `<draft-${this.nextId}@${this.mailbox.split("@")[1] ?? "x.test"}>`,
        From: this.mailbox,
        To: original.from,
        Subject: `RE: ${original.subject}`,
        Date: new Date().toUTCString(),
      },
      { conversationId: original.conversationId, isDraft: true },
    );
    const draft = this.messages.get(draftId);
    if (draft === undefined) return graphError(500, "ErrorInternalServerError", "The draft was lost.");
    draft.folder = "drafts";
    this.draftReplies.set(draftId, { messageId: id, comment: typeof raw === "string" ? raw : "" });
    return { status: 201, body: this.row(draft) };
  }

  /** POST send: the draft moves to Sent Items, keeping its internetMessageId. */
  private sendDraft(id: string): FakeReply {
    const draft = this.messages.get(id);
    const reply = this.draftReplies.get(id);
    if (draft === undefined || reply === undefined)
      return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    this.replies.push(reply);
    this.draftReplies.delete(id);
    Object.assign(draft, { folder: "sentitems", isDraft: false, seq: ++this.seq });
    return { status: 202 };
  }

  /**
   * POST /subscriptions: Graph first POSTs `?validationToken=` to the notification URL and needs the
   * token echoed as text/plain within 10 s; only then does it create the subscription.
   */
  async createSubscription(body: {
    resource: string;
    notificationUrl: string;
    clientState: string;
    expirationDateTime: string;
  }): Promise<FakeReply> {
    const token = `validation-${this.nextId++}`;
    try {
      const res = await fetch(`${body.notificationUrl}?validationToken=${encodeURIComponent(token)}`, {
        method: "POST",
      });
      if (res.status !== 200 || (await res.text()) !== token) {
        return graphError(
          400,
          "ValidationError",
          "Subscription validation request failed. Response must exactly match validationToken query parameter.",
        );
      }
    } catch {
      return graphError(
        400,
        "ValidationError",
        "Subscription validation request failed: the notification URL is unreachable.",
      );
    }
    const maxMs = 10_080 * 60_000; // mail resources: at most 10,080 minutes (7 days)
    if (Date.parse(body.expirationDateTime) - this.now() > maxMs) {
      return graphError(
        400,
        "InvalidRequest",
        "Subscription expiration can only be 10080 minutes in the future.",
      );
    }
    const id = `sub-${this.nextId++}`;
    const subscription: FakeSubscription = { id, ...body };
    this.subscriptions.set(id, subscription);
    return { status: 201, body: subscription };
  }

  private renew(id: string, body: unknown): FakeReply {
    const sub = this.subscriptions.get(id);
    if (sub === undefined) return graphError(404, "ResourceNotFound", "The object was not found.");
    sub.expirationDateTime = String((body as { expirationDateTime?: unknown }).expirationDateTime);
    return { status: 200, body: sub };
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function encode(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString("base64url");
}

function decode(text: string): DeltaToken | null {
  try {
    return JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as DeltaToken;
  } catch {
    return null;
  }
}
