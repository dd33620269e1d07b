/**
 * The Apps Script services the add-on's handlers use, for a browser page (the workbench): the
 * CardService stand-in (card-service-standin.ts), and a UrlFetchApp made of synchronous
 * XMLHttpRequests, because Apps Script's fetch blocks and the handlers await nothing. Sync XHR on a
 * page is deprecated but supported by every browser; the workbench is a development page only.
 */
import { StandInError, createCardService } from "@baton/gmail-addon/src/test-support/card-service-standin";
import { createProperties } from "@baton/gmail-addon/src/test-support/properties-standin";

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string;
}

/**
 * Names the Gmail sidebar to the local backend: here the add-on's "identity token" is a Firebase
 * password account's, which says nothing about Gmail, so the emulator (and only it) records the
 * install page's "Gmail: first sign-in" from this header (backend/src/setup/client-sign-ins.ts).
 */
const LOCAL_CLIENT = { "X-Baton-Client": "gmail" };

function fetchSync(url: string, params: FetchParams) {
  const xhr = new XMLHttpRequest();
  xhr.open((params.method ?? "get").toUpperCase(), url, false);
  for (const [name, value] of Object.entries({ ...LOCAL_CLIENT, ...params.headers }))
    xhr.setRequestHeader(name, value);
  if (params.payload !== undefined)
    xhr.setRequestHeader("Content-Type", params.contentType ?? "application/x-www-form-urlencoded");
  try {
    xhr.send(params.payload ?? null);
  } catch (error) {
    // Apps Script throws on network failures even with muteHttpExceptions.
    throw new StandInError(`Exception: Address unavailable: ${url} (${String(error)})`);
  }
  if (xhr.status === 0) throw new StandInError(`Exception: Address unavailable: ${url}`);
  const status = xhr.status;
  const body = xhr.responseText;
  return { getResponseCode: () => status, getContentText: () => body };
}

function memoryCache() {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    get: (key: string) => {
      const entry = entries.get(key);
      return entry === undefined || entry.expiresAt <= Date.now() ? null : entry.value;
    },
    put: (key: string, value: string, seconds = 600) => {
      entries.set(key, { value, expiresAt: Date.now() + seconds * 1000 });
    },
    remove: (key: string) => {
      entries.delete(key);
    },
  };
}

export interface BrowserStandInOptions {
  /** Where the backend is (the script property BATON_API_BASE_URL). */
  apiBaseUrl: string;
  /** ScriptApp.getIdentityToken(): the signed-in member's Firebase ID token, read synchronously. */
  identityToken: () => string;
  /** Session.getActiveUser().getEmail(): the signed-in member ("" when the page does not say). */
  userEmail?: string;
}

/** The globals Apps Script gives the add-on, for globalThis of a browser page. */
export function createBrowserStandIn(options: BrowserStandInOptions): Record<string, unknown> {
  const cache = memoryCache();
  return {
    CardService: createCardService(),
    UrlFetchApp: {
      fetch: (url: string, params: FetchParams = {}) => fetchSync(url, params),
      fetchAll: (requests: Array<FetchParams & { url: string }>) => requests.map((r) => fetchSync(r.url, r)),
    },
    ScriptApp: { getIdentityToken: options.identityToken },
    PropertiesService: {
      getScriptProperties: () => createProperties({ BATON_API_BASE_URL: options.apiBaseUrl }),
      getUserProperties: () => createProperties({}),
    },
    CacheService: { getUserCache: () => cache },
    Utilities: { getUuid: () => crypto.randomUUID() },
    Session: { getActiveUser: () => ({ getEmail: () => options.userEmail ?? "" }) },
  };
}
