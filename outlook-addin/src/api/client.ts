/**
 * The backend's HTTP API as the task pane and the send handler use it: named calls over the one
 * client built from the route table (@baton/shared: request/parseReply and the fetch transport).
 * Every call carries a fresh Firebase ID token; failures are the one ApiError, with the backend's
 * code and a sentence the pane can show. Adding an endpoint is a route entry; the compiler then
 * checks every call here against its params, body and response.
 */
import {
  createFetchClient,
  type FetchLike,
  type RouteBody,
  type RouteQuery,
  type RouteResponse,
} from "@baton/shared/api";

export { ApiError } from "@baton/shared/api";

export type ObserveRequest = RouteBody<"observe">;
export type ObservedMessage = ObserveRequest["messages"][number];
export type ConversationEnvelope = RouteResponse<"getConversation">;

/** A teammate as the pane needs one (GET /me's members satisfy it; tests may leave out the role). */
export interface Member {
  email: string;
  name?: string;
  role?: string;
}

/** What the pane reads of GET /me (the route's response satisfies it). */
export interface MeResponse {
  email: string;
  role: string;
  org: string;
  members: Member[];
  mailboxes: { id: string; address: string; name: string }[];
  /** The caller's "away until" (epoch ms); null or absent: not away. */
  awayUntil?: number | null;
}

export type GetToken = () => Promise<string | null>;

export interface ApiClientOptions {
  baseUrl: string;
  getToken: GetToken;
  fetchImpl?: FetchLike;
  newRequestId?: () => string;
}

export function createApiClient(options: ApiClientOptions) {
  const client = createFetchClient(options);
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());
  const at = (key: string) => ({ key });

  return {
    observe: (body: ObserveRequest) => client.call("observe", { body }),
    get: (key: string) => client.call("getConversation", { params: at(key) }),
    claim: (key: string) => client.call("claim", { params: at(key), body: { requestId: newRequestId() } }),
    release: (key: string) =>
      client.call("release", { params: at(key), body: { requestId: newRequestId() } }),
    assign: (key: string, assignee: string) =>
      client.call("assign", { params: at(key), body: { assignee, requestId: newRequestId() } }),
    setStatus: (key: string, status: RouteBody<"setStatus">["status"], snoozedUntil?: string) =>
      client.call("setStatus", {
        params: at(key),
        body: { status, ...(snoozedUntil === undefined ? {} : { snoozedUntil }), requestId: newRequestId() },
      }),
    // "Remind me if no reply by" an instant (ISO) or "next_business_morning", which the server
    // resolves on the mailbox's calendar; clearing drops the reminder (issue 17).
    setFollowUp: (key: string, dueAt: RouteBody<"setFollowUp">["dueAt"]) =>
      client.call("setFollowUp", { params: at(key), body: { dueAt, requestId: newRequestId() } }),
    clearFollowUp: (key: string) =>
      client.call("clearFollowUp", { params: at(key), query: { requestId: newRequestId() } }),
    snooze: (key: string, until: RouteBody<"snooze">["until"]) =>
      client.call("snooze", { params: at(key), body: { until, requestId: newRequestId() } }),
    setPriority: (key: string, priority: RouteBody<"setPriority">["priority"]) =>
      client.call("setPriority", { params: at(key), body: { priority, requestId: newRequestId() } }),
    setTags: (key: string, add: string[], remove: string[]) =>
      client.call("setTags", { params: at(key), body: { add, remove, requestId: newRequestId() } }),
    addNote: (key: string, body: string) =>
      client.call("createNote", { params: at(key), body: { body, requestId: newRequestId() } }),
    editNote: (key: string, id: string, body: string) =>
      client.call("editNote", { params: { key, id }, body: { body, requestId: newRequestId() } }),
    // DELETE has no body: the idempotency key rides in the query.
    deleteNote: (key: string, id: string) =>
      client.call("deleteNote", { params: { key, id }, query: { requestId: newRequestId() } }),
    presence: (key: string, state: RouteBody<"presence">["state"]) =>
      client.call("presence", { params: at(key), body: { state } }),
    // Leaving ends "is viewing" at once (item changed, pane hidden); the 15 s expiry covers a page
    // that unloads before the request leaves.
    leavePresence: (key: string) => client.call("leavePresence", { params: at(key) }),
    me: () => client.call("me", {}),
    // "Away until" (ISO), or null: back now. Answers the member's availability (epoch ms).
    setAway: (awayUntil: string | null) => client.call("putMyAvailability", { body: { awayUntil } }),
    queue: (query: RouteQuery<"queue">) => client.call("queue", { query }),
    // The member read what mentions them there: "Mentions for me" stops listing it (issue 17).
    markMentionsRead: (key: string) => client.call("markMentionsRead", { params: at(key), body: {} }),
    // The exchange carries Microsoft's token in its body: it is how a session starts.
    exchange: (provider: RouteBody<"authExchange">["provider"], token: string) =>
      client.call("authExchange", { body: { provider, token } }, { anonymous: true }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
