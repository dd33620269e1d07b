/**
 * The one client of Baton's HTTP API, without a transport: `request` turns a route name and its
 * input into what to send, `parseReply` turns what came back into the route's response or an
 * ApiError. The pane and the dashboard send with fetch (./fetch-transport.ts), the Gmail add-on with
 * Apps Script's synchronous UrlFetchApp, so nothing here awaits anything.
 *
 * Why no zod here: the route table (./routes.ts) carries every schema, and importing it (or zod at
 * all, even for the error envelope) costs the Outlook pane about what is left of its 150 KB gzipped
 * budget. So this module imports the table's types only, keeps the method and path of each route in
 * `ENDPOINTS` (which the compiler holds equal to the table, entry for entry), reads the error
 * envelope structurally (client.test.ts checks it agrees with errorEnvelopeSchema), and trusts a 2xx
 * body to be the route's response, as the backend validated it on the way out. Callers that can
 * afford zod (seed scripts, tests) validate answers with `validateReply`.
 */
import type {
  PathParamNames,
  RouteBody,
  RouteName,
  RouteParams,
  RouteQuery,
  RouteResponse,
  Routes,
} from "./routes";

/** `"METHOD /path"` of every route; the `satisfies` makes each line exactly the table's. */
export const ENDPOINTS = {
  health: "GET /health",
  observe: "POST /conversations/observe",
  getConversation: "GET /conversations/{key}",
  claim: "POST /conversations/{key}/claim",
  release: "POST /conversations/{key}/release",
  assign: "POST /conversations/{key}/assign",
  setStatus: "POST /conversations/{key}/status",
  setPriority: "POST /conversations/{key}/priority",
  setTags: "POST /conversations/{key}/tags",
  listNotes: "GET /conversations/{key}/notes",
  createNote: "POST /conversations/{key}/notes",
  editNote: "PATCH /conversations/{key}/notes/{id}",
  deleteNote: "DELETE /conversations/{key}/notes/{id}",
  presence: "POST /conversations/{key}/presence",
  leavePresence: "DELETE /conversations/{key}/presence",
  sla: "GET /conversations/{key}/sla",
  queue: "GET /queue",
  putMailbox: "PUT /mailboxes/{id}",
  getEscalationSettings: "GET /mailboxes/{id}/escalation",
  putEscalationSettings: "PUT /mailboxes/{id}/escalation",
  putChannels: "PUT /mailboxes/{id}/channels",
  putHolidays: "PUT /mailboxes/{id}/holidays",
  putMember: "PUT /members/{email}",
  removeMember: "DELETE /members/{email}",
  getOrgSettings: "GET /org/settings",
  putOrgSettings: "PUT /org/settings",
  getOrgIdentity: "GET /org/identity",
  putOrgIdentity: "PUT /org/identity",
  me: "GET /me",
  authExchange: "POST /auth/exchange",
  metrics: "GET /metrics",
  exportCsv: "GET /export.csv",
  rebuildMetrics: "POST /metrics/rebuild",
  listDeadLetters: "GET /connectors/dead-letters",
  retryDeadLetter: "POST /connectors/dead-letters/{id}/retry",
  dismissDeadLetter: "DELETE /connectors/dead-letters/{id}",
  listJobs: "GET /jobs",
  getJob: "GET /jobs/{id}",
  getSetup: "GET /setup",
  claimSetup: "POST /setup/claim",
  importMembers: "POST /members/import",
  getInstall: "GET /setup/install",
  getMailboxRouting: "GET /mailboxes/{id}/routing",
  putMailboxRouting: "PUT /mailboxes/{id}/routing",
  previewMailboxRouting: "POST /mailboxes/{id}/routing/preview",
  rebuildMemberLoad: "POST /routing/load/rebuild",
  getMyAvailability: "GET /me/availability",
  putMyAvailability: "PUT /me/availability",
  putMyLanguage: "PUT /me/language",
  putMemberAvailability: "PUT /members/{email}/availability",
  markMentionsRead: "POST /conversations/{key}/mentions/read",
  listTemplates: "GET /templates",
  createTemplate: "POST /templates",
  updateTemplate: "PUT /templates/{id}",
  deleteTemplate: "DELETE /templates/{id}",
  renderTemplate: "POST /templates/{id}/render",
  templateUsed: "POST /templates/{id}/used",
  setFollowUp: "POST /conversations/{key}/follow-up",
  clearFollowUp: "DELETE /conversations/{key}/follow-up",
  snooze: "POST /conversations/{key}/snooze",
} as const satisfies { [N in RouteName]: `${Routes[N]["method"]} ${Routes[N]["path"]}` };

type QueryValue = string | number | boolean | null | undefined;

/** What a caller passes for route N: params when the path has some, query and body as the route takes. */
export type RequestInput<N extends RouteName> = ([PathParamNames<Routes[N]["path"]>] extends [never]
  ? { params?: undefined }
  : { params: RouteParams<N> }) &
  (RouteQuery<N> extends undefined
    ? { query?: undefined }
    : Record<string, never> extends RouteQuery<N>
      ? { query?: RouteQuery<N> }
      : { query: RouteQuery<N> }) &
  (RouteBody<N> extends undefined ? { body?: undefined } : { body: RouteBody<N> });

export interface OutgoingRequest {
  method: (typeof ENDPOINTS)[RouteName] extends `${infer M} ${string}` ? M : never;
  /** Relative to the API base (`…/api/v1`), with the query string; the transport joins the base. */
  path: string;
  headers: Record<string, string>;
  /** JSON text, absent for routes without a body. */
  body?: string;
}

/** Codes a transport or an answer outside the envelope produces, besides the domain's own. */
export type ClientErrorCode = "network" | "http_error" | "unauthenticated";

/**
 * A failed call: the backend's `code` and English sentence (`message`), the HTTP status (0 when there
 * was no answer), the envelope's `details`, `retryAfter` seconds when the answer said when to retry,
 * and the `errors` catalogue `key` + `params` a client says in its reader's language (errorText).
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
    readonly retryAfter: number | null = null,
    readonly key: string | null = null,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The offending field of a validation error ("policy.tiers.low.firstResponseMinutes"), if named. */
  get field(): string | null {
    const value = this.details.path ?? this.details.field;
    return typeof value === "string" ? value : null;
  }
}

function fillPath(name: RouteName, template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_match, param: string) => {
    const value = params?.[param];
    if (value === undefined) throw new Error(`request(${name}): missing parameter ${param}`);
    return encodeURIComponent(value);
  });
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  // Built by hand: Apps Script's runtime has no URLSearchParams. Unset and empty filters are left
  // out, so a form's blank field means "any".
  const pairs = Object.entries(query ?? {}).flatMap(([name, value]) =>
    value === undefined || value === null || value === ""
      ? []
      : [`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`],
  );
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

/**
 * What to send for route N. `token` becomes `Authorization: Bearer …`; without one the request goes
 * anonymously (the health check, and the token exchange, which carries the provider's token inside).
 */
export function request<N extends RouteName>(
  name: N,
  input: RequestInput<N> | undefined,
  token: string | null = null,
): OutgoingRequest {
  const [method, template] = ENDPOINTS[name].split(" ") as [OutgoingRequest["method"], string];
  const given = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
    body?: unknown;
  };
  const headers: Record<string, string> = { accept: "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const path = `${fillPath(name, template, given.params)}${queryString(given.query)}`;
  if (given.body === undefined) return { method, path, headers };
  headers["content-type"] = "application/json";
  return { method, path, headers, body: JSON.stringify(given.body) };
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** String and number entries only: what a catalogue message may be given. */
function paramsOf(value: unknown): Record<string, string | number> {
  if (!isRecord(value)) return {};
  const params: Record<string, string | number> = {};
  for (const [name, entry] of Object.entries(value))
    if (typeof entry === "string" || typeof entry === "number") params[name] = entry;
  return params;
}

/** `{ error: { code, message, key?, params?, details? } }` (errorEnvelopeSchema's shape), or null when it is not that. */
export function readErrorEnvelope(body: unknown): {
  code: string;
  message: string;
  key: string | null;
  params: Record<string, string | number>;
  details: Record<string, unknown>;
} | null {
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || typeof error.code !== "string" || typeof error.message !== "string") return null;
  return {
    code: error.code,
    message: error.message,
    key: typeof error.key === "string" ? error.key : null,
    params: paramsOf(error.params),
    details: isRecord(error.details) ? error.details : {},
  };
}

/** Seconds from a Retry-After header (delta-seconds; an HTTP date is not sent by our backend). */
function retryAfterSeconds(header: string | null | undefined): number | null {
  if (header === null || header === undefined || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}

/**
 * Route N's response from an answer, or an ApiError. A 2xx body is JSON, except for routes that
 * answer text (the CSV export), whose text is the response.
 */
export function parseReply<N extends RouteName>(
  name: N,
  status: number,
  bodyText: string,
  retryAfter?: string | null,
): RouteResponse<N> {
  if (status >= 200 && status < 300) {
    if (name === "exportCsv") return bodyText as RouteResponse<N>;
    const body = parseJson(bodyText);
    if (body === undefined)
      throw new ApiError(
        "http_error",
        `Baton's server answered ${status} with a body that is not JSON.`,
        status,
      );
    return body as RouteResponse<N>;
  }
  const envelope = readErrorEnvelope(parseJson(bodyText));
  const wait = retryAfterSeconds(retryAfter);
  if (envelope !== null) {
    const { code, message, details, key, params } = envelope;
    throw new ApiError(code, message, status, details, wait, key, params);
  }
  // Not our envelope (a proxy's error page, a load balancer's 502): the status is all there is.
  throw new ApiError(
    "http_error",
    `Baton's server answered ${status}. Try again in a moment.`,
    status,
    {},
    wait,
  );
}
