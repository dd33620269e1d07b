/**
 * The few API calls the compose pane makes, by route name over the one client (@baton/shared/api:
 * request/parseReply through the fetch transport), as the read pane's ../api/client.ts. That client
 * imports the route table's types only, so this pane stays free of zod and of the Firebase SDK (its
 * token comes from ./token.ts). Failures are the one ApiError, whose message is the backend's
 * sentence; the pane shows it as it is.
 */
import { createFetchClient, type FetchLike, type PresenceEntry, type RouteResponse } from "@baton/shared/api";
import type { BatonConfig } from "../config";
import { fetchForTarget } from "../api/local-client";

export interface ComposeApiOptions {
  baseUrl: string;
  getToken: () => Promise<string>;
  /** The build's target: a local build names the pane in X-Baton-Client (../api/local-client.ts). */
  target: BatonConfig["target"];
  fetchImpl?: FetchLike;
  newRequestId?: () => string;
}

type Conversation = RouteResponse<"getConversation">["conversation"];

/** What the pane reads of GET /conversations/{key}. */
export interface ConversationSeen {
  reply: Pick<Conversation, "lastReplyBy" | "lastOutboundAt">;
  /** Everyone else the view says is here (the backend's presence, expired entries dropped). */
  presence: PresenceEntry[];
  /** The Baton mailbox the thread belongs to: its templates are searched beside the agent's own. */
  mailbox: string;
}

export function createComposeApi(options: ComposeApiOptions) {
  const client = createFetchClient({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
    fetchImpl: fetchForTarget(options.target, options.fetchImpl),
  });
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());
  const at = (key: string) => ({ key });

  return {
    searchTemplates: async (q: string, mailbox: string | null) => {
      const query = { limit: 20, q: q.trim(), ...(mailbox === null ? {} : { mailbox }) };
      return (await client.call("listTemplates", { query })).templates;
    },
    render: (id: string, conversationKey: string) =>
      client.call("renderTemplate", { params: { id }, body: { conversationKey } }),
    /** Counts the use once the text is in the draft; the request id makes a retry count once. */
    used: (id: string, conversationKey: string) =>
      client.call("templateUsed", {
        params: { id },
        body: { requestId: newRequestId(), conversationKey },
      }),
    replying: async (key: string) =>
      (await client.call("presence", { params: at(key), body: { state: "replying" } })).presence,
    // keepalive: the pane may be unloading (the draft sent or closed) when this leaves.
    leave: (key: string) => client.call("leavePresence", { params: at(key) }, { keepalive: true }),
    conversation: async (key: string): Promise<ConversationSeen> => {
      const { conversation, view } = await client.call("getConversation", { params: at(key) });
      return {
        reply: { lastReplyBy: conversation.lastReplyBy, lastOutboundAt: conversation.lastOutboundAt },
        presence: view.presence,
        mailbox: conversation.mailbox,
      };
    },
    me: () => client.call("me", {}),
  };
}

export type ComposeApi = ReturnType<typeof createComposeApi>;
