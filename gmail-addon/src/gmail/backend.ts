/**
 * Calls to Baton's HTTP API through UrlFetchApp, authenticated with the user's Google identity token
 * (ScriptApp.getIdentityToken(), scopes openid + email; the backend verifies it against Google's
 * certificates and the script's OAuth client id). Never getOAuthToken(): that is a Gmail credential.
 *
 * This is the synchronous transport of the one client (@baton/shared/api: `request` builds what to
 * send from the route table, `parseReply` reads the answer); Apps Script's UrlFetchApp blocks, so the
 * core awaits nothing. HTTP errors are muted and returned as values, so every failure can become a card.
 */
import {
  ApiError,
  parseReply,
  request,
  type OutgoingRequest,
  type RequestInput,
  type RouteName,
  type RouteResponse,
} from "@baton/shared/api";
import { readSettings } from "./settings";

export type ApiResult<T> =
  | { ok: true; status: number; body: T }
  | {
      ok: false;
      status: number;
      code: string;
      /** The API's English sentence; `key` + `params` say it in the reader's language (errorText). */
      message: string;
      key?: string | null;
      params?: Readonly<Record<string, string | number>>;
      details?: Record<string, unknown>;
    };

type Failure = Extract<ApiResult<unknown>, { ok: false }>;

/**
 * The reader's Gmail locale for this execution ("nl-NL"), sent as Accept-Language so the API writes
 * the view's sentences in it when the member has no language setting of their own. Set once per
 * execution by the entry point (each Apps Script execution starts with fresh globals).
 */
let requestLocale: string | null = null;

/** Locale tags longer than this are not tags; they are not sent. */
const MAX_LOCALE_LENGTH = 35;

export function setRequestLocale(tag: string | undefined): void {
  requestLocale = tag !== undefined && tag !== "" && tag.length <= MAX_LOCALE_LENGTH ? tag : null;
}

function toFetchParams(outgoing: OutgoingRequest): GoogleAppsScript.URL_Fetch.URLFetchRequestOptions {
  // UrlFetchApp takes the body's type as its own option, not as a header.
  const { ["content-type"]: contentType, ...sent } = outgoing.headers;
  const headers = requestLocale === null ? sent : { ...sent, "accept-language": requestLocale };
  return {
    method: outgoing.method.toLowerCase() as GoogleAppsScript.URL_Fetch.HttpMethod,
    headers,
    muteHttpExceptions: true,
    followRedirects: false,
    ...(outgoing.body === undefined ? {} : { contentType, payload: outgoing.body }),
  };
}

/** The card's codes: an answer outside the envelope from a failing server reads as "unreachable". */
function failureOf(error: unknown): Failure {
  if (!(error instanceof ApiError))
    return { ok: false, status: 0, code: "unreachable", message: String(error) };
  const code =
    error.code === "network" || (error.code === "http_error" && error.status >= 500)
      ? "unreachable"
      : error.code === "http_error"
        ? "internal"
        : error.code;
  const details = Object.keys(error.details).length > 0 ? { details: error.details } : {};
  const keyed = error.key === null ? {} : { key: error.key, params: error.params };
  return { ok: false, status: error.status, code, message: error.message, ...keyed, ...details };
}

function toResult<N extends RouteName>(
  name: N,
  response: GoogleAppsScript.URL_Fetch.HTTPResponse,
): ApiResult<RouteResponse<N>> {
  const status = response.getResponseCode();
  try {
    return { ok: true, status, body: parseReply(name, status, response.getContentText()) };
  } catch (error) {
    return failureOf(error);
  }
}

const outgoingFor = <N extends RouteName>(name: N, input: RequestInput<N>) =>
  request(name, input, ScriptApp.getIdentityToken());

/** One UrlFetch for route N. A network failure (DNS, refused, timeout) is reported as code "unreachable". */
export function callApi<N extends RouteName>(name: N, input: RequestInput<N>): ApiResult<RouteResponse<N>> {
  const base = readSettings().apiBaseUrl;
  try {
    const outgoing = outgoingFor(name, input);
    return toResult(name, UrlFetchApp.fetch(`${base}${outgoing.path}`, toFetchParams(outgoing)));
  } catch (error) {
    return failureOf(error);
  }
}

/** Several calls of route N in one UrlFetchApp.fetchAll (run in parallel by Apps Script). */
export function callApiAll<N extends RouteName>(
  name: N,
  inputs: Array<RequestInput<N>>,
): Array<ApiResult<RouteResponse<N>>> {
  const base = readSettings().apiBaseUrl;
  try {
    const requests = inputs.map((input) => {
      const outgoing = outgoingFor(name, input);
      return { url: `${base}${outgoing.path}`, ...toFetchParams(outgoing) };
    });
    return UrlFetchApp.fetchAll(requests).map((response) => toResult(name, response));
  } catch (error) {
    return inputs.map(() => failureOf(error));
  }
}

/** One call of route N, for callEach. */
export interface Call<N extends RouteName> {
  name: N;
  input: RequestInput<N>;
}

export const call = <N extends RouteName>(name: N, input: RequestInput<N>): Call<N> => ({ name, input });

/** A call of any one route (a union, so each element keeps its own route's input). */
type AnyCall = { [N in RouteName]: Call<N> }[RouteName];

type Answers<T extends readonly AnyCall[]> = {
  [K in keyof T]: T[K] extends Call<infer N> ? ApiResult<RouteResponse<N>> : never;
};

/** Calls of different routes in ONE UrlFetchApp.fetchAll (run in parallel), answered in order. */
export function callEach<const T extends readonly AnyCall[]>(calls: T): Answers<T> {
  const base = readSettings().apiBaseUrl;
  try {
    const requests = calls.map((c) => {
      const outgoing = outgoingFor(c.name, c.input as RequestInput<typeof c.name>);
      return { url: `${base}${outgoing.path}`, ...toFetchParams(outgoing) };
    });
    const responses = UrlFetchApp.fetchAll(requests);
    return calls.map((c, i) =>
      toResult(c.name, responses[i] as GoogleAppsScript.URL_Fetch.HTTPResponse),
    ) as Answers<T>;
  } catch (error) {
    return calls.map(() => failureOf(error)) as Answers<T>;
  }
}

/** An idempotency key per click: a retried request with the same key applies once. */
export function newRequestId(): string {
  return Utilities.getUuid();
}
