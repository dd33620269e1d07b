import { z } from "zod";
import type { Action } from "../permissions/actions";
import { authExchangeRequestSchema, authExchangeResponseSchema } from "./auth";
import { memberSchema, putMailboxRequestSchema, putMemberRequestSchema, roleSchema } from "./admin";
import {
  assignRequestSchema,
  claimRequestSchema,
  priorityRequestSchema,
  releaseRequestSchema,
  statusRequestSchema,
  tagsRequestSchema,
} from "./commands";
import { createNoteRequestSchema, deleteNoteQuerySchema, editNoteRequestSchema } from "./notes";
import { slaStateSchema } from "./domain-schemas";
import {
  escalationSettingsResponseSchema,
  putChannelsRequestSchema,
  putEscalationRequestSchema,
  putHolidaysRequestSchema,
} from "./escalation";
import { followupsRoutes } from "./followups";
import { jobsRoutes } from "./jobs";
import { mentionsRoutes } from "./mentions";
import { connectorRoutes } from "./connectors";
import { metricsRoutes } from "./metrics";
import { orgIdentityResponseSchema, putOrgIdentityRequestSchema } from "./org-identity";
import { orgSettingsResponseSchema, putOrgSettingsRequestSchema } from "./org-settings";
import { observeRequestSchema } from "./observe";
import { presenceRequestSchema, presenceResponseSchema } from "./presence";
import { conversationKeySchema, emailSchema, mailboxIdSchema, noteIdSchema } from "./primitives";
import { queueQuerySchema, queueResponseSchema } from "./queue";
import { memberLanguageSchema, preferencesRoutes } from "./preferences";
import { routingRoutes } from "./routing";
import { setupRoutes } from "./setup";
import { templatesRoutes } from "./templates";
import {
  conversationResponseSchema,
  healthResponseSchema,
  mailboxResponseSchema,
  memberResponseSchema,
  notesResponseSchema,
} from "./responses";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteSpec {
  method: HttpMethod;
  /** Relative to API_BASE_PATH; `{name}` segments are path parameters. */
  path: string;
  /** False only for the health check: everything else needs `Authorization: Bearer <token>`. */
  auth: boolean;
  /**
   * What the caller's role must allow (shared/permissions), checked by the backend's one middleware
   * before the handler runs; null for the routes no member calls (the health check, and the
   * exchange, whose credential is a provider token in its body). Finer rules that depend on the
   * conversation (releasing someone else's claim, deleting someone else's note, assigning to another
   * member) stay in the state machine's decide(), which refuses with the same kind of sentence.
   */
  permission: Action | null;
  /**
   * True for the first-run routes (GET /setup, POST /setup/claim): the caller's token is verified
   * but they need not be a member yet, so the handler receives the verified identity instead of a
   * principal. Only routes whose permission is null may set it.
   */
  identity?: true;
  /** Ends "Your role (viewer) can't …" for this endpoint when the action's own phrase does not fit. */
  refusal?: string;
  /** The status of a successful answer: 202 for a request that starts a background job; else 200. */
  success?: 202;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}

const keyParams = z.strictObject({ key: conversationKeySchema });
const noteParams = z.strictObject({ key: conversationKeySchema, id: noteIdSchema });
const noQuery = z.strictObject({});
const mailboxParams = z.strictObject({ id: mailboxIdSchema });

/** GET /me: who the caller is, what they may do, the team (assign menu, @mentions) and mailboxes. */
export const meResponseSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  org: z.string(),
  allowed: z.array(z.string()),
  members: z.array(memberSchema),
  mailboxes: z.array(z.object({ id: z.string(), address: z.string(), name: z.string() })),
  /** The caller's "away until" (epoch ms), null when not away: both sidebars show it (issue 16). */
  awayUntil: z.number().nullable().optional(),
  /** The caller's chosen language, null to follow their client's (issue 18). */
  language: memberLanguageSchema.optional(),
});

/**
 * GET /conversations/{key}/sla: the clocks now, every cycle with its timeline sentences (`history`),
 * and `explain` (escalation/explainSla: what started and stopped each cycle, warnings and breaches
 * recorded, who held the conversation meanwhile).
 */
export const slaExplainResponseSchema = z.object({
  sla: slaStateSchema,
  timeZone: z.string(),
  history: z.array(z.looseObject({ kind: z.string(), cycle: z.number(), explanation: z.array(z.string()) })),
  explain: z.looseObject({ asOf: z.number(), timeZone: z.string(), clocks: z.array(z.unknown()) }),
});

const ESCALATION_REFUSAL = "change a mailbox's escalation settings";

const mailboxSetting = <B extends z.ZodType>(setting: string, body: B) =>
  ({
    method: "PUT",
    path: `/mailboxes/{id}/${setting}`,
    auth: true,
    permission: "manage_mailboxes",
    refusal: ESCALATION_REFUSAL,
    params: mailboxParams,
    body,
    response: escalationSettingsResponseSchema,
  }) as const;

const command = <B extends z.ZodType, P extends Action>(action: string, body: B, permission: P) =>
  ({
    method: "POST",
    path: `/conversations/{key}/${action}`,
    auth: true,
    permission,
    params: keyParams,
    body,
    response: conversationResponseSchema,
  }) as const;

/** The HTTP contract (issue 3), one entry per endpoint, shared by the backend router and clients. */
export const routes = {
  health: { method: "GET", path: "/health", auth: false, permission: null, response: healthResponseSchema },
  observe: {
    method: "POST",
    path: "/conversations/observe",
    auth: true,
    // Reading is the gate: a viewer's sidebar still gets the view of a known thread. Writing the
    // messages it reports needs `record`, decided per call in backend/src/store/observe.ts.
    permission: "read",
    body: observeRequestSchema,
    response: conversationResponseSchema,
  },
  getConversation: {
    method: "GET",
    path: "/conversations/{key}",
    auth: true,
    permission: "read",
    params: keyParams,
    query: noQuery,
    response: conversationResponseSchema,
  },
  claim: command("claim", claimRequestSchema, "claim"),
  // Releasing someone else's claim also needs release_others: decide() checks it against the owner.
  release: command("release", releaseRequestSchema, "release_own"),
  // Assigning to oneself is a claim; to anyone else it also needs assign_others (decide()).
  assign: { ...command("assign", assignRequestSchema, "claim"), refusal: "assign conversations" },
  setStatus: command("status", statusRequestSchema, "set_status"),
  setPriority: command("priority", priorityRequestSchema, "set_priority"),
  setTags: command("tags", tagsRequestSchema, "tag"),
  listNotes: {
    method: "GET",
    path: "/conversations/{key}/notes",
    auth: true,
    permission: "read",
    params: keyParams,
    query: noQuery,
    response: notesResponseSchema,
  },
  createNote: command("notes", createNoteRequestSchema, "note"),
  editNote: {
    method: "PATCH",
    path: "/conversations/{key}/notes/{id}",
    auth: true,
    permission: "edit_own_note",
    params: noteParams,
    body: editNoteRequestSchema,
    response: conversationResponseSchema,
  },
  deleteNote: {
    method: "DELETE",
    path: "/conversations/{key}/notes/{id}",
    auth: true,
    // Someone else's note also needs delete_any_note: decide() checks it against the author.
    permission: "delete_own_note",
    params: noteParams,
    query: deleteNoteQuerySchema,
    response: conversationResponseSchema,
  },
  presence: {
    method: "POST",
    path: "/conversations/{key}/presence",
    auth: true,
    permission: "read",
    params: keyParams,
    body: presenceRequestSchema,
    response: presenceResponseSchema,
  },
  // Leaving (the item changed, the card closed): presence ends at once, not when the heartbeat expires.
  leavePresence: {
    method: "DELETE",
    path: "/conversations/{key}/presence",
    auth: true,
    permission: "read",
    params: keyParams,
    query: noQuery,
    response: presenceResponseSchema,
  },
  sla: {
    method: "GET",
    path: "/conversations/{key}/sla",
    auth: true,
    permission: "read",
    params: keyParams,
    query: noQuery,
    response: slaExplainResponseSchema,
  },
  queue: {
    method: "GET",
    path: "/queue",
    auth: true,
    permission: "read",
    query: queueQuerySchema,
    response: queueResponseSchema,
  },
  putMailbox: {
    method: "PUT",
    path: "/mailboxes/{id}",
    auth: true,
    permission: "manage_mailboxes",
    params: mailboxParams,
    body: putMailboxRequestSchema,
    response: mailboxResponseSchema,
  },
  getEscalationSettings: {
    method: "GET",
    path: "/mailboxes/{id}/escalation",
    auth: true,
    permission: "manage_mailboxes",
    refusal: ESCALATION_REFUSAL,
    params: mailboxParams,
    query: noQuery,
    response: escalationSettingsResponseSchema,
  },
  putEscalationSettings: mailboxSetting("escalation", putEscalationRequestSchema),
  putChannels: mailboxSetting("channels", putChannelsRequestSchema),
  putHolidays: mailboxSetting("holidays", putHolidaysRequestSchema),
  putMember: {
    method: "PUT",
    path: "/members/{email}",
    auth: true,
    permission: "manage_members",
    params: z.strictObject({ email: emailSchema }),
    body: putMemberRequestSchema,
    response: memberResponseSchema,
  },
  removeMember: {
    method: "DELETE",
    path: "/members/{email}",
    auth: true,
    permission: "manage_members",
    refusal: "remove members",
    params: z.strictObject({ email: emailSchema }),
    query: noQuery,
    response: z.object({ removed: z.string() }),
  },
  getOrgSettings: {
    method: "GET",
    path: "/org/settings",
    auth: true,
    // Every member reads what is redacted (the sidebars and the dashboard show it).
    permission: "read",
    query: noQuery,
    response: orgSettingsResponseSchema,
  },
  putOrgSettings: {
    method: "PUT",
    path: "/org/settings",
    auth: true,
    // Redaction and retention decide what the org keeps, like membership does.
    permission: "manage_members",
    refusal: "change the organisation's settings",
    body: putOrgSettingsRequestSchema,
    response: orgSettingsResponseSchema,
  },
  getOrgIdentity: {
    method: "GET",
    path: "/org/identity",
    auth: true,
    permission: "read",
    query: noQuery,
    response: orgIdentityResponseSchema,
  },
  putOrgIdentity: {
    method: "PUT",
    path: "/org/identity",
    auth: true,
    permission: "manage_members",
    refusal: "change the organisation's domains and tenants",
    body: putOrgIdentityRequestSchema,
    response: orgIdentityResponseSchema,
  },
  me: {
    method: "GET",
    path: "/me",
    auth: true,
    permission: "read",
    query: noQuery,
    response: meResponseSchema,
  },
  authExchange: {
    method: "POST",
    path: "/auth/exchange",
    auth: true,
    permission: null,
    body: authExchangeRequestSchema,
    response: authExchangeResponseSchema,
  },
  // GET /metrics, GET /export.csv, POST /metrics/rebuild (issue 7): see ./metrics.ts.
  ...metricsRoutes,
  // GET /connectors/dead-letters, retry and dismiss (issue 12): see ./connectors.ts.
  ...connectorRoutes,
  ...jobsRoutes,
  // GET /setup, POST /setup/claim, POST /members/import, GET /setup/install (issue 15): ./setup.ts.
  ...setupRoutes,
  // Routing settings, the preview, members' availability (issue 16): see ./routing.ts.
  ...routingRoutes,
  ...preferencesRoutes,
  // POST /conversations/{key}/mentions/read (issue 17): see ./mentions.ts.
  ...mentionsRoutes,
  // Templates: list, create, edit, delete, render, count a use (issue 17): see ./templates.ts.
  ...templatesRoutes,
  // Follow-up set/clear and snooze until a time or the next business morning (issue 17): ./followups.ts.
  ...followupsRoutes,
} as const satisfies Record<string, RouteSpec>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

type SchemaOf<N extends RouteName, K extends "body" | "query" | "params"> =
  Routes[N] extends Record<K, infer S extends z.ZodType> ? S : undefined;

/** What a client sends as the body of route N (undefined when the route takes none). */
export type RouteBody<N extends RouteName> =
  SchemaOf<N, "body"> extends z.ZodType ? z.input<SchemaOf<N, "body">> : undefined;
export type RouteQuery<N extends RouteName> =
  SchemaOf<N, "query"> extends z.ZodType ? z.input<SchemaOf<N, "query">> : undefined;
export type RouteResponse<N extends RouteName> = z.output<Routes[N]["response"]>;

/** "{key}" and "{id}" out of "/conversations/{key}/notes/{id}". */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;
export type RouteParams<N extends RouteName> = Record<PathParamNames<Routes[N]["path"]>, string>;

/** The path of route N with its parameters filled in (URI-encoded), relative to API_BASE_PATH. */
export function pathFor<N extends RouteName>(name: N, params: RouteParams<N>): string {
  const values = params as Record<string, string>;
  return routes[name].path.replace(/\{(\w+)\}/g, (_match, param: string) => {
    const value = values[param];
    if (value === undefined) throw new Error(`pathFor(${name}): missing parameter ${param}`);
    return encodeURIComponent(value);
  });
}
