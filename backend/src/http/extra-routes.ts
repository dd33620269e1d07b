import type { RouteSpec } from "@baton/shared";

/**
 * Endpoints the backend serves beyond shared/api/routes.ts, same shape so the dispatcher treats both
 * tables alike. Empty now: /me and /conversations/{key}/sla moved into shared's table once clients
 * used them. New endpoints start here and move there when a client needs their types.
 */
export const extraRoutes = {} as const satisfies Record<string, RouteSpec>;

export type ExtraRoutes = typeof extraRoutes;
