/**
 * The backend's HTTP API as the task pane uses it. Every call carries a fresh Firebase ID token;
 * failures become ApiError values with the backend's code and a sentence the pane can show.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface ObservedMessage {
  messageId: string;
  inReplyTo?: string;
  references?: string;
  from: string;
  to?: string[];
  cc?: string[];
  subject: string;
  /** ISO 8601 with offset: the API's wire format for client-sent instants. */
  sentAt: string;
}

export interface ObserveRequest {
  mailbox: string;
  platform: "outlook";
  platformThreadId?: string;
  messages: ObservedMessage[];
}

/** `{ conversation, sla, view }` as the backend returns it; typed by the caller. */
export type ConversationEnvelope<C, S, V> = { conversation: C; sla: S; view: V };

export interface Member {
  email: string;
  name?: string;
  role?: string;
}

export interface MeResponse {
  email: string;
  role: string;
  org: string;
  members: Member[];
  mailboxes: { id: string; address: string; name: string }[];
}

export type GetToken = () => Promise<string | null>;

export interface ApiClientOptions {
  baseUrl: string;
  getToken: GetToken;
  fetchImpl?: typeof fetch;
  newRequestId?: () => string;
}

const NETWORK_MESSAGE = "Baton's server could not be reached. Check your connection and try again.";

export function createApiClient<C, S, V>(options: ApiClientOptions) {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());
  type Envelope = ConversationEnvelope<C, S, V>;

  async function request<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (auth) {
      const token = await options.getToken();
      if (token === null)
        throw new ApiError("unauthenticated", "Sign in to Baton to see this conversation.", 401);
      headers.authorization = `Bearer ${token}`;
    }
    let response: Response;
    try {
      response = await fetchImpl(`${options.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError("network", NETWORK_MESSAGE, 0);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === "" ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) {
      const error = (
        json as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null
      )?.error;
      throw new ApiError(
        error?.code ?? "internal",
        error?.message ?? `Baton's server answered ${response.status}. Try again in a moment.`,
        response.status,
        error?.details ?? {},
      );
    }
    return json as T;
  }

  const key = (conversationKey: string) => `/conversations/${encodeURIComponent(conversationKey)}`;
  const command = (conversationKey: string, verb: string, body: Record<string, unknown> = {}) =>
    request<Envelope>("POST", `${key(conversationKey)}/${verb}`, { ...body, requestId: newRequestId() });

  return {
    observe: (body: ObserveRequest) => request<Envelope>("POST", "/conversations/observe", body),
    get: (conversationKey: string) => request<Envelope>("GET", key(conversationKey)),
    claim: (conversationKey: string) => command(conversationKey, "claim"),
    release: (conversationKey: string) => command(conversationKey, "release"),
    assign: (conversationKey: string, assignee: string) => command(conversationKey, "assign", { assignee }),
    setStatus: (conversationKey: string, status: string, snoozedUntil?: string) =>
      command(conversationKey, "status", snoozedUntil === undefined ? { status } : { status, snoozedUntil }),
    setPriority: (conversationKey: string, priority: string) =>
      command(conversationKey, "priority", { priority }),
    setTags: (conversationKey: string, add: string[], remove: string[]) =>
      command(conversationKey, "tags", { add, remove }),
    addNote: (conversationKey: string, body: string) =>
      request<Envelope>("POST", `${key(conversationKey)}/notes`, { body, requestId: newRequestId() }),
    editNote: (conversationKey: string, noteId: string, body: string) =>
      request<Envelope>("PATCH", `${key(conversationKey)}/notes/${encodeURIComponent(noteId)}`, {
        body,
        requestId: newRequestId(),
      }),
    deleteNote: (conversationKey: string, noteId: string) =>
      // DELETE has no body: the idempotency key rides in the query.
      request<Envelope>(
        "DELETE",
        `${key(conversationKey)}/notes/${encodeURIComponent(noteId)}?requestId=${encodeURIComponent(newRequestId())}`,
      ),
    presence: (conversationKey: string, state: "viewing" | "replying") =>
      request<unknown>("POST", `${key(conversationKey)}/presence`, { state }),
    me: () => request<MeResponse>("GET", "/me"),
    queue: <Q>(query: Record<string, string>) =>
      request<Q>("GET", `/queue?${new URLSearchParams(query).toString()}`),
    exchange: (provider: "microsoft", token: string) =>
      request<{ customToken: string }>("POST", "/auth/exchange", { provider, token }, false),
  };
}

export type ApiClient<C, S, V> = ReturnType<typeof createApiClient<C, S, V>>;
