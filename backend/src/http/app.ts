import {
  API_BASE_PATH,
  can,
  domainError,
  englishError,
  errorBody,
  parseRequest,
  refusalError,
  routes,
  type ErrorKey,
  type ErrorParams,
  type RouteName,
  type Routes,
  type RouteSpec,
} from "@baton/shared";
import type { z } from "zod";
import type { Principal } from "../auth/principal";
import { AuthError, type VerifiedIdentity } from "../auth/identity";
import { LOCAL_CLIENT_HEADER } from "../setup/client-sign-ins";
import { readJsonBody } from "./body";
import { acceptedLanguages, errorInLanguage } from "./error-language";
import { renderError, type ErrorLogger } from "./errors";
import { readQuery } from "./query";
import type { RateLimiter } from "./rate-limit";
import { createRouter } from "./router";
import { ApiFailure, type ApiReply, type ApiRequest } from "./types";

type Parsed<R, K extends string> = R extends Record<K, infer S extends z.ZodType> ? z.output<S> : undefined;

interface RouteInput<N extends RouteName> {
  /** Null exactly for the routes whose permission is null (no member calls them). */
  principal: Routes[N]["permission"] extends null ? null : Principal;
  params: Parsed<Routes[N], "params">;
  query: Parsed<Routes[N], "query">;
  body: Parsed<Routes[N], "body">;
  /** One clock reading per request: every rule in the request sees the same instant. */
  nowMs: number;
}

/**
 * The first-run routes (`identity: true`) also get the caller's verified identity: they need not be
 * a member, so no principal says who they are.
 */
export type HandlerInput<N extends RouteName> = RouteInput<N> &
  (Routes[N] extends { identity: true } ? { identity: VerifiedIdentity } : unknown);

export type Handlers = { [N in RouteName]: (input: HandlerInput<N>) => Promise<unknown> };

export interface AppDeps {
  handlers: Handlers;
  /**
   * Bearer header -> member; throws AuthError (401) or ApiFailure (403 not_member). The second
   * argument is the local sidebar's X-Baton-Client header (counted only on the emulator).
   */
  authenticate: (
    authorization: string | string[] | undefined,
    localClient?: string | string[],
  ) => Promise<Principal>;
  /**
   * Bearer header -> verified identity, no membership required: only for the `identity: true` routes.
   * Absent (apps built for tests that do not serve them), those routes answer 401.
   */
  identify?: (authorization: string | string[] | undefined) => Promise<VerifiedIdentity>;
  now: () => number;
  log: ErrorLogger;
  /** Each member's request budget, spent once per authenticated request. */
  rateLimiter: RateLimiter;
}

const match = createRouter<RouteSpec>(routes);

/** The API as a function of a request: routing, auth, validation, handler, error rendering. */
export function createApp(deps: AppDeps): (req: ApiRequest) => Promise<ApiReply> {
  return async (req) => errorInLanguage(await answer(req, deps), req.headers["accept-language"]);
}

async function answer(req: ApiRequest, deps: AppDeps): Promise<ApiReply> {
  try {
    return await dispatch(req, deps);
  } catch (thrown) {
    if (thrown instanceof AuthError) {
      return { status: 401, body: errorBody(domainError("unauthenticated", thrown.key, thrown.params)) };
    }
    return renderError(thrown, deps.log);
  }
}

async function dispatch(req: ApiRequest, deps: AppDeps): Promise<ApiReply> {
  const path = req.path.split("?")[0] ?? "";
  if (path !== API_BASE_PATH && !path.startsWith(`${API_BASE_PATH}/`)) {
    return notFound("errors.noEndpointBase", { path, base: API_BASE_PATH });
  }
  const found = match(req.method, path.slice(API_BASE_PATH.length));
  switch (found.kind) {
    case "not_found":
      return notFound("errors.noEndpoint", { path });
    case "bad_path":
      throw new ApiFailure(domainError("invalid_request", "errors.pathMalformed"));
    case "method_not_allowed": {
      const methodParams = { method: req.method.toUpperCase(), allowed: found.allow.join(" or ") };
      return {
        status: 405,
        body: {
          error: {
            code: "method_not_allowed",
            message: englishError("errors.methodNotAllowed", methodParams),
            key: "errors.methodNotAllowed",
            params: methodParams,
          },
        },
      };
    }
    case "found":
      break;
  }
  const name = found.name as RouteName;
  const route = found.route;
  const identity = route.identity === true ? await identify(req, deps) : null;
  if (identity !== null) {
    // Spent from the identity's own budget: the caller has no org yet.
    const decision = deps.rateLimiter.take(`identity/${identityKey(identity)}`, deps.now());
    if (!decision.ok) return rateLimited(decision.retryAfterSeconds);
  }
  const member =
    route.permission === null
      ? null
      : await deps.authenticate(req.headers.authorization, req.headers[LOCAL_CLIENT_HEADER]);
  // The member's own language first, then what their client asks for (the view's sentences).
  const principal =
    member === null
      ? null
      : {
          ...member,
          languages: [...(member.languages ?? []), ...acceptedLanguages(req.headers["accept-language"])],
        };
  if (principal !== null) {
    const decision = deps.rateLimiter.take(`${principal.org}/${principal.email}`, deps.now());
    if (!decision.ok) return rateLimited(decision.retryAfterSeconds);
    authorize(route, principal);
  }
  const params = validate(route.params, found.params);
  const query = validate(route.query, readQuery(req.query));
  const body = validate(route.body, route.body === undefined ? undefined : readJsonBody(req));
  // The table lookup loses the link between a route's name and its input type; the schemas above
  // produced exactly that input, so widening the handler here is sound.
  const handler = deps.handlers[name] as (input: unknown) => Promise<unknown>;
  const input = { principal, params, query, body, nowMs: deps.now() };
  const result = await handler(identity === null ? input : { ...input, identity });
  return { status: route.success ?? 200, body: result };
}

/**
 * The one authorization check: the route's declared permission against the member's role, before
 * any input is read or any handler runs. Who may call an endpoint never depends on what they send.
 */
function authorize(route: RouteSpec, principal: Principal): void {
  const action = route.permission;
  if (action === null || can(principal.role, action)) return;
  throw new ApiFailure(refusalError(principal.role, action, route.refusal));
}

function identify(req: ApiRequest, deps: AppDeps): Promise<VerifiedIdentity> {
  if (deps.identify === undefined) throw new AuthError("errors.authNoFirstRun");
  return deps.identify(req.headers.authorization);
}

/** One rate-limit budget per person: the address, or a Microsoft account's tenant and object id. */
function identityKey(identity: VerifiedIdentity): string {
  return identity.kind === "microsoft" ? `ms/${identity.tenant}/${identity.objectId}` : identity.email;
}

function validate(schema: z.ZodType | undefined, input: unknown): unknown {
  if (schema === undefined) return undefined;
  const parsed = parseRequest(schema, input);
  if (!parsed.ok) throw new ApiFailure(parsed.error);
  return parsed.value;
}

function rateLimited(retryAfterSeconds: number): ApiReply {
  const error = domainError(
    "rate_limited",
    "errors.rateLimited",
    { seconds: retryAfterSeconds },
    { retryAfterSeconds },
  );
  return { status: 429, body: errorBody(error), headers: { "Retry-After": String(retryAfterSeconds) } };
}

function notFound(key: ErrorKey, params: ErrorParams): ApiReply {
  return { status: 404, body: errorBody(domainError("not_found", key, params)) };
}
