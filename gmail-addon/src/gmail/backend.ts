/**
 * Calls to Baton's HTTP API through UrlFetchApp, authenticated with the user's Google identity token
 * (ScriptApp.getIdentityToken(), scopes openid + email; the backend verifies it against Google's
 * certificates and the script's OAuth client id). Never getOAuthToken(): that is a Gmail credential.
 * HTTP errors are muted and returned as values, so every failure can become a card.
 */
import { readSettings } from "./settings";

export type ApiResult<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; code: string; message: string; details?: Record<string, unknown> };

export interface ApiRequest {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  body?: unknown;
}

function toFetchParams(request: ApiRequest): GoogleAppsScript.URL_Fetch.URLFetchRequestOptions {
  return {
    method: request.method,
    headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` },
    muteHttpExceptions: true,
    followRedirects: false,
    ...(request.body === undefined
      ? {}
      : { contentType: "application/json", payload: JSON.stringify(request.body) }),
  };
}

function toResult<T>(response: GoogleAppsScript.URL_Fetch.HTTPResponse): ApiResult<T> {
  const status = response.getResponseCode();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(response.getContentText());
  } catch {
    parsed = null;
  }
  if (status >= 200 && status < 300) return { ok: true, status, body: parsed as T };
  const error = (parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)
    ?.error;
  return {
    ok: false,
    status,
    code: typeof error?.code === "string" ? error.code : status >= 500 ? "unreachable" : "internal",
    message: typeof error?.message === "string" ? error.message : `HTTP ${status}`,
    ...(typeof error?.details === "object" && error.details !== null
      ? { details: error.details as Record<string, unknown> }
      : {}),
  };
}

/** One UrlFetch. A network failure (DNS, refused, timeout) is reported as code "unreachable". */
export function callApi<T>(request: ApiRequest): ApiResult<T> {
  const url = `${readSettings().apiBaseUrl}${request.path}`;
  try {
    return toResult<T>(UrlFetchApp.fetch(url, toFetchParams(request)));
  } catch (error) {
    return { ok: false, status: 0, code: "unreachable", message: String(error) };
  }
}

/** Several requests in one UrlFetchApp.fetchAll (run in parallel by Apps Script). */
export function callApiAll<T>(requests: ApiRequest[]): Array<ApiResult<T>> {
  const base = readSettings().apiBaseUrl;
  try {
    return UrlFetchApp.fetchAll(requests.map((r) => ({ url: `${base}${r.path}`, ...toFetchParams(r) }))).map(
      (response) => toResult<T>(response),
    );
  } catch (error) {
    return requests.map(() => ({
      ok: false as const,
      status: 0,
      code: "unreachable",
      message: String(error),
    }));
  }
}

/** An idempotency key per click: a retried request with the same key applies once. */
export function newRequestId(): string {
  return Utilities.getUuid();
}
