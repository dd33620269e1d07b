/**
 * The asynchronous transport of the one client (./client.ts) over fetch: the Outlook pane and its
 * send handler, the dashboard, and the seed scripts. It adds the token and the API base; what to send
 * and how to read the answer stay in the transport-free core.
 */
import { errorSentence } from "../view/error-sentence";
import { ApiError, parseReply, request, type RequestInput } from "./client";
import type { RouteName, RouteResponse } from "./routes";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchClientOptions {
  /** The API base, e.g. `https://…/api/v1` (a trailing slash is ignored). */
  baseUrl: string;
  /** The caller's ID token, or null when signed out (then only anonymous calls go). */
  getToken: () => Promise<string | null> | string | null;
  fetchImpl?: FetchLike;
}

export interface CallOptions {
  /** Send without a token (the health check; the token exchange, which carries the provider's). */
  anonymous?: boolean;
  /** Let the request outlive the page (a goodbye sent from pagehide, as the compose pane's). */
  keepalive?: boolean;
}

export interface FetchClient {
  /** Route N's response, or an ApiError. */
  call<N extends RouteName>(
    name: N,
    input: RequestInput<N>,
    options?: CallOptions,
  ): Promise<RouteResponse<N>>;
  /** The raw answer of a 2xx (files: the CSV export), or an ApiError. */
  send<N extends RouteName>(name: N, input: RequestInput<N>, options?: CallOptions): Promise<Response>;
}

export function createFetchClient(options: FetchClientOptions): FetchClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl: FetchLike = options.fetchImpl ?? ((url, init) => fetch(url, init));

  async function exchange<N extends RouteName>(name: N, input: RequestInput<N>, callOptions: CallOptions) {
    let token: string | null = null;
    if (callOptions.anonymous !== true) {
      token = await options.getToken();
      if (token === null)
        throw new ApiError("unauthenticated", errorSentence({ code: "unauthenticated" }), 401);
    }
    const outgoing = request(name, input, token);
    try {
      return await fetchImpl(`${base}${outgoing.path}`, {
        method: outgoing.method,
        headers: outgoing.headers,
        ...(callOptions.keepalive === true ? { keepalive: true } : {}),
        ...(outgoing.body === undefined ? {} : { body: outgoing.body }),
      });
    } catch {
      throw new ApiError("network", errorSentence({ code: "network" }), 0);
    }
  }

  async function send<N extends RouteName>(name: N, input: RequestInput<N>, callOptions: CallOptions = {}) {
    const response = await exchange(name, input, callOptions);
    if (!response.ok)
      parseReply(name, response.status, await response.text(), response.headers.get("retry-after"));
    return response;
  }

  return {
    send,
    async call(name, input, callOptions = {}) {
      const response = await exchange(name, input, callOptions);
      return parseReply(name, response.status, await response.text(), response.headers.get("retry-after"));
    },
  };
}
