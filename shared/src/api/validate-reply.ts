import { routes, type RouteName, type RouteResponse } from "./routes";

/**
 * Route N's response checked against its schema: for callers that can carry zod (seed scripts,
 * tests). The pane and the Gmail card trust the backend's own validation instead (see ./client.ts).
 */
export function validateReply<N extends RouteName>(name: N, value: unknown): RouteResponse<N> {
  return routes[name].response.parse(value) as RouteResponse<N>;
}
