/**
 * The few API calls the compose pane makes, over plain fetch with the caller's bearer token. Not the
 * read pane's client (../api/client.ts): that one validates every answer with the route table's zod
 * schemas, which would triple this pane's bundle; here the answers are typed by the same contract
 * (type-only imports) and read defensively. Failures are one ComposeApiError with the backend's
 * sentence, which the pane shows as it is.
 */
import type {
  ListTemplatesResponse,
  PresenceResponse,
  RenderTemplateResponse,
  Template,
} from "@baton/shared/api";
import type { PresenceSeen, ReplySeen } from "./warnings";

export class ComposeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ComposeApiOptions {
  baseUrl: string;
  getToken: () => Promise<string>;
  fetchImpl?: (url: string, init: RequestInit) => Promise<Response>;
  /** Extra headers (the local build's X-Baton-Client). */
  headers?: Record<string, string>;
  newRequestId?: () => string;
}

export interface ConversationSeen {
  reply: ReplySeen;
  /** Everyone else the view says is here (the backend's presence, expired entries dropped). */
  presence: PresenceSeen[];
  subject: string | null;
  /** The Baton mailbox the thread belongs to: its templates are searched beside the agent's own. */
  mailbox: string | null;
}

export interface TeamMember {
  email: string;
  name?: string;
}

export function createComposeApi(options: ComposeApiOptions) {
  const fetchImpl = options.fetchImpl ?? ((url, init) => fetch(url, init));
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());

  async function call<T>(method: string, path: string, body?: unknown, keepalive = false): Promise<T> {
    const token = await options.getToken();
    const response = await fetchImpl(`${options.baseUrl}${path}`, {
      method,
      keepalive,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed = text === "" ? null : (JSON.parse(text) as unknown);
    if (!response.ok) {
      const error = (parsed as { error?: { message?: unknown } } | null)?.error;
      const message =
        typeof error?.message === "string" ? error.message : `Baton answered ${String(response.status)}.`;
      throw new ComposeApiError(response.status, message);
    }
    return parsed as T;
  }

  const at = (key: string) => `/conversations/${encodeURIComponent(key)}`;

  return {
    searchTemplates: (q: string, mailbox: string | null): Promise<Template[]> => {
      const query = new URLSearchParams({ limit: "20" });
      if (q.trim() !== "") query.set("q", q.trim());
      if (mailbox !== null) query.set("mailbox", mailbox);
      return call<ListTemplatesResponse>("GET", `/templates?${query.toString()}`).then((r) => r.templates);
    },
    render: (id: string, conversationKey: string): Promise<RenderTemplateResponse> =>
      call("POST", `/templates/${encodeURIComponent(id)}/render`, { conversationKey }),
    /** Counts the use once the text is in the draft; the request id makes a retry count once. */
    used: (id: string, conversationKey: string): Promise<unknown> =>
      call("POST", `/templates/${encodeURIComponent(id)}/used`, {
        requestId: newRequestId(),
        conversationKey,
      }),
    replying: (key: string): Promise<PresenceSeen[]> =>
      call<PresenceResponse>("POST", `${at(key)}/presence`, { state: "replying" }).then((r) => r.presence),
    // keepalive: the pane may be unloading (the draft sent or closed) when this leaves.
    leave: (key: string): Promise<unknown> => call("DELETE", `${at(key)}/presence`, undefined, true),
    conversation: async (key: string): Promise<ConversationSeen> => {
      const envelope = await call<{
        conversation: {
          lastReplyBy?: string | null;
          lastOutboundAt?: number | null;
          subject?: string;
          mailbox?: string;
        };
        view: { presence?: PresenceSeen[] };
      }>("GET", at(key));
      return {
        reply: {
          lastReplyBy: envelope.conversation.lastReplyBy ?? null,
          lastOutboundAt: envelope.conversation.lastOutboundAt ?? null,
        },
        presence: envelope.view.presence ?? [],
        subject: envelope.conversation.subject ?? null,
        mailbox: envelope.conversation.mailbox ?? null,
      };
    },
    me: (): Promise<{ email: string; members: TeamMember[] }> => call("GET", "/me"),
  };
}

export type ComposeApi = ReturnType<typeof createComposeApi>;
