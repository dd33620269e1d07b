/// <reference types="google-apps-script" />
/**
 * A thin stand-in of the Apps Script services Baton's add-on uses, faithful to their documented
 * surface, so the real add-on code (and the real bundle, in a vm) runs in Node:
 * - CardService: builders that record what they are given and print it as the documented Workspace
 *   card JSON (`printJson()`), throwing where Apps Script throws (missing required fields, non-string
 *   action parameters), and holding cards to Google's documented limits (cards/limits.ts): widgets
 *   past 100 in a card are dropped, as Google ignores them; more than 100 sections or dropdown items,
 *   or a card over 32 KB, is refused. So a card over a limit fails a test as it would fail in Gmail.
 * - GmailApp: messages and threads with headers, gated by setCurrentMessageAccessToken as in Gmail
 *   add-ons.
 * - UrlFetchApp: every attempt is logged (`fetchAttempts`, with its payload), then made as a real
 *   synchronous HTTP call (curl in a child process, since Apps Script's fetch is
 *   synchronous), so tests talk to the real local backend. muteHttpExceptions is honoured; network
 *   failures throw as in Apps Script.
 * - ScriptApp.getIdentityToken, PropertiesService (script + user), CacheService.getUserCache (with
 *   the documented key/value/expiry bounds), Utilities.getUuid.
 * - Every Gmail service method call is counted (`gmailCalls`), so tests and benchmarks see what an
 *   open costs.
 * No maintained npm fake covers CardService widgets, hence this module.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { GMAIL_CARD_LIMITS } from "@baton/shared/limits";
import { StandInError, createCardService } from "./card-service-standin";
import { createProperties } from "./properties-standin";

export { BuiltActionResponse, BuiltCard, createCardService } from "./card-service-standin";

/* ------------------------------------------------------------------ GmailApp */

export interface StandInMessage {
  id: string;
  headers: Record<string, string>;
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  date: Date;
  /** getPlainBody(); absent: "". */
  body?: string;
  /** Attachment names; `inline` ones are pictures in the body (left out by includeInlineImages: false). */
  attachments?: Array<{ name: string; inline?: boolean }>;
}

export interface StandInThread {
  id: string;
  messages: StandInMessage[];
}

/** Calls made to the Gmail service, by "Class.method" (what a thread open costs in Apps Script). */
export type GmailCallLog = Map<string, number>;

export function countGmailCalls(calls: GmailCallLog): number {
  return [...calls.values()].reduce((sum, n) => sum + n, 0);
}

interface GmailThreadStandIn {
  getId(): string;
  getMessageCount(): number;
  getMessages(): GmailMessageStandIn[];
}

interface GmailMessageStandIn {
  getId(): string;
  getHeader(name: string): string;
  getFrom(): string;
  getTo(): string;
  getCc(): string;
  getSubject(): string;
  getDate(): Date;
  getPlainBody(): string;
  getAttachments(options?: { includeInlineImages?: boolean }): Array<{ getName(): string }>;
  getThread(): GmailThreadStandIn;
}

export function createGmailApp(threads: StandInThread[], calls: GmailCallLog = new Map()) {
  let accessToken: string | null = null;
  // Every GmailApp/GmailThread/GmailMessage method is a call into the Gmail service in Apps Script.
  const counted = <A extends unknown[], R>(name: string, fn: (...args: A) => R) => {
    return (...args: A): R => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return fn(...args);
    };
  };
  const wrapThread = (thread: StandInThread): GmailThreadStandIn => ({
    getId: counted("GmailThread.getId", () => thread.id),
    getMessageCount: counted("GmailThread.getMessageCount", () => thread.messages.length),
    getMessages: counted("GmailThread.getMessages", () => thread.messages.map((m) => wrapMessage(m, thread))),
  });
  const wrapMessage = (message: StandInMessage, thread: StandInThread): GmailMessageStandIn => ({
    getId: counted("GmailMessage.getId", () => message.id),
    // Gmail's getHeader returns "" for an absent header; names are case-insensitive.
    getHeader: counted(
      "GmailMessage.getHeader",
      (name: string) =>
        Object.entries(message.headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] ?? "",
    ),
    getFrom: counted("GmailMessage.getFrom", () => message.from),
    getTo: counted("GmailMessage.getTo", () => message.to ?? ""),
    getCc: counted("GmailMessage.getCc", () => message.cc ?? ""),
    getSubject: counted("GmailMessage.getSubject", () => message.subject),
    getDate: counted("GmailMessage.getDate", () => new Date(message.date.getTime())),
    getPlainBody: counted("GmailMessage.getPlainBody", () => message.body ?? ""),
    // Apps Script includes inline images unless told not to.
    getAttachments: counted("GmailMessage.getAttachments", (options?: { includeInlineImages?: boolean }) =>
      (message.attachments ?? [])
        .filter((a) => options?.includeInlineImages !== false || a.inline !== true)
        .map((a) => ({ getName: () => a.name })),
    ),
    getThread: counted("GmailMessage.getThread", () => wrapThread(thread)),
  });
  return {
    /** The token Gmail put in the event; tests assert the add-on passed it on. */
    get accessToken() {
      return accessToken;
    },
    setCurrentMessageAccessToken(token: string): void {
      accessToken = token;
    },
    getMessageById: counted("GmailApp.getMessageById", (id: string) => {
      // In a Gmail add-on, reading the open message without its access token fails like this.
      if (accessToken === null)
        throw new StandInError("Access denied: missing access token for the current message");
      for (const thread of threads) {
        const message = thread.messages.find((m) => m.id === id);
        if (message !== undefined) return wrapMessage(message, thread);
      }
      throw new StandInError(`Invalid argument: id ${id}`);
    }),
  };
}

/* ------------------------------------------------------------------ CacheService */

/** Apps Script's documented bounds: keys up to 250 characters, values up to 100 KB, at most 6 h. */
const CACHE_MAX_KEY = GMAIL_CARD_LIMITS.googleCacheKeyLength.value;
const CACHE_MAX_VALUE_BYTES = 100 * 1024;
const CACHE_MAX_SECONDS = GMAIL_CARD_LIMITS.googleCacheSeconds.value;

/** One Cache (CacheService.getUserCache()); `clock` lets a test expire entries. */
export function createCache(clock: () => number = Date.now) {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    get(key: string): string | null {
      const entry = entries.get(key);
      if (entry === undefined || entry.expiresAt <= clock()) return null;
      return entry.value;
    },
    put(key: string, value: string, expirationInSeconds = 600): void {
      if (key.length > CACHE_MAX_KEY) throw new StandInError(`Argument too large: key (${key.length} chars)`);
      if (Buffer.byteLength(value) >= CACHE_MAX_VALUE_BYTES)
        throw new StandInError("Argument too large: value");
      const seconds = Math.min(expirationInSeconds, CACHE_MAX_SECONDS);
      entries.set(key, { value, expiresAt: clock() + seconds * 1000 });
    },
    remove(key: string): void {
      entries.delete(key);
    },
    /** Not Apps Script: lets a test play an eviction (the cache is best effort). */
    evictAll(): void {
      entries.clear();
    },
  };
}

/* ------------------------------------------------------------------ UrlFetchApp */

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
}

export interface FetchRecord {
  method: string;
  url: string;
  status: number;
  ms: number;
}

function fetchSync(url: string, params: FetchParams, log: FetchRecord[]) {
  const method = (params.method ?? "get").toUpperCase();
  const args = ["-sS", "-X", method, "--max-time", "30", "-o", "-", "-w", "\n%{http_code}"];
  for (const [name, value] of Object.entries(params.headers ?? {})) args.push("-H", `${name}: ${value}`);
  if (params.payload !== undefined) {
    args.push(
      "-H",
      `Content-Type: ${params.contentType ?? "application/x-www-form-urlencoded"}`,
      "--data-binary",
      "@-",
    );
  }
  args.push(url);
  const started = Date.now();
  let output: string;
  try {
    output = execFileSync("curl", args, {
      input: params.payload ?? "",
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (error) {
    // Apps Script throws on network failures even with muteHttpExceptions.
    throw new StandInError(
      `Exception: Address unavailable: ${url} (${String((error as { stderr?: unknown }).stderr ?? error).trim()})`,
    );
  }
  const cut = output.lastIndexOf("\n");
  const body = output.slice(0, cut);
  const status = Number(output.slice(cut + 1));
  log.push({ method, url, status, ms: Date.now() - started });
  if (status >= 400 && params.muteHttpExceptions !== true) {
    throw new StandInError(
      `Exception: Request failed for ${url} returned code ${status}. Truncated server response: ${body.slice(0, 200)}`,
    );
  }
  return {
    getResponseCode: () => status,
    getContentText: () => body,
  };
}

/** Every request the add-on tried to make, answered or not (what left the client). */
export interface FetchAttempt {
  method: string;
  url: string;
  payload?: string;
  /** The reader's language the request asked for (Accept-Language), when it sent one. */
  acceptLanguage?: string;
}

export function createUrlFetchApp(log: FetchRecord[], attempts: FetchAttempt[] = []) {
  const attempt = (url: string, params: FetchParams) => {
    const method = (params.method ?? "get").toUpperCase();
    attempts.push({
      method,
      url,
      ...(params.payload === undefined ? {} : { payload: params.payload }),
      ...(params.headers?.["accept-language"] === undefined
        ? {}
        : { acceptLanguage: params.headers["accept-language"] }),
    });
    return fetchSync(url, params, log);
  };
  return {
    fetch: (url: string, params: FetchParams = {}) => attempt(url, params),
    fetchAll: (requests: Array<FetchParams & { url: string }>) => requests.map((r) => attempt(r.url, r)),
  };
}

/** A backend's answer to one request: status and JSON body. */
export type CannedAnswer = { status: number; body: unknown };

/**
 * A UrlFetchApp that answers from a function instead of the network (unit tests and benchmarks that
 * measure the add-on, not the backend). Every attempt is still logged with its payload.
 */
export function createCannedUrlFetchApp(
  answer: (request: { method: string; path: string; body: unknown; search: string }) => CannedAnswer,
  attempts: FetchAttempt[],
) {
  const respond = (url: string, params: FetchParams) => {
    const method = (params.method ?? "get").toUpperCase();
    attempts.push({
      method,
      url,
      ...(params.payload === undefined ? {} : { payload: params.payload }),
      ...(params.headers?.["accept-language"] === undefined
        ? {}
        : { acceptLanguage: params.headers["accept-language"] }),
    });
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/^.*?\/v1(?=\/)/, "");
    const body: unknown = params.payload === undefined ? undefined : JSON.parse(params.payload);
    const result = answer({ method, path, body, search: parsed.search });
    return { getResponseCode: () => result.status, getContentText: () => JSON.stringify(result.body) };
  };
  return {
    fetch: (url: string, params: FetchParams = {}) => respond(url, params),
    fetchAll: (requests: Array<FetchParams & { url: string }>) => requests.map((r) => respond(r.url, r)),
  };
}

/* ------------------------------------------------------------------ Properties, ScriptApp, Utilities */

export interface StandInOptions {
  threads?: StandInThread[];
  /** What ScriptApp.getIdentityToken() returns (an Auth-emulator ID token in local round trips). */
  identityToken?: () => string;
  scriptProperties?: Record<string, string>;
  userProperties?: Record<string, string>;
  /** Answers requests in-process instead of over HTTP (see createCannedUrlFetchApp). */
  backend?: (request: { method: string; path: string; body: unknown; search: string }) => CannedAnswer;
  /** The clock CacheService expires entries by (defaults to Date.now). */
  clock?: () => number;
  /** What Session.getActiveUser().getEmail() returns ("" when unknown, as Apps Script may). */
  userEmail?: string;
}

/** The globals Apps Script gives a script, as one object to install on globalThis or a vm context. */
export function createAppsScriptStandIn(options: StandInOptions = {}) {
  const fetchLog: FetchRecord[] = [];
  const fetchAttempts: FetchAttempt[] = [];
  const scriptProperties = createProperties(options.scriptProperties);
  const userProperties = createProperties(options.userProperties);
  const gmailCalls: GmailCallLog = new Map();
  const gmail = createGmailApp(options.threads ?? [], gmailCalls);
  const userCache = createCache(options.clock);
  const globals = {
    CardService: createCardService(),
    GmailApp: gmail,
    UrlFetchApp:
      options.backend === undefined
        ? createUrlFetchApp(fetchLog, fetchAttempts)
        : createCannedUrlFetchApp(options.backend, fetchAttempts),
    ScriptApp: { getIdentityToken: options.identityToken ?? (() => "stand-in-identity-token") },
    PropertiesService: {
      getScriptProperties: () => scriptProperties,
      getUserProperties: () => userProperties,
    },
    CacheService: { getUserCache: () => userCache },
    Utilities: { getUuid: () => randomUUID() },
    Session: { getActiveUser: () => ({ getEmail: () => options.userEmail ?? "" }) },
  };
  return { globals, fetchLog, fetchAttempts, gmail, gmailCalls, userCache, scriptProperties, userProperties };
}

export type AppsScriptStandIn = ReturnType<typeof createAppsScriptStandIn>;

/** Puts the stand-in's services on globalThis (for unit tests that import the add-on's modules). */
export function installStandIn(standIn: AppsScriptStandIn): () => void {
  const target = globalThis as Record<string, unknown>;
  const previous = Object.fromEntries(Object.keys(standIn.globals).map((name) => [name, target[name]]));
  Object.assign(target, standIn.globals);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(target, name);
      else target[name] = value;
    }
  };
}

/** A Gmail add-on event object as Gmail sends it to a contextual trigger or a card action. */
export function gmailEvent(options: {
  messageId?: string;
  threadId?: string;
  parameters?: Record<string, string>;
  formInputs?: Record<string, string>;
  timeZone?: string;
  userLocale?: string;
}): GoogleAppsScript.Addons.EventObject {
  const formInputs = Object.fromEntries(
    Object.entries(options.formInputs ?? {}).map(([name, value]) => [
      name,
      { stringInputs: { value: [value] } },
    ]),
  );
  return {
    commonEventObject: {
      hostApp: "GMAIL",
      platform: "WEB",
      parameters: options.parameters ?? {},
      formInputs,
      timeZone: { id: options.timeZone ?? "Europe/Amsterdam", offset: "3600000" },
      userLocale: options.userLocale ?? "en",
    },
    ...(options.messageId === undefined
      ? {}
      : {
          gmail: {
            messageId: options.messageId,
            threadId: options.threadId ?? "thread-1",
            accessToken: "gmail-access-token",
          },
        }),
  } as unknown as GoogleAppsScript.Addons.EventObject;
}
