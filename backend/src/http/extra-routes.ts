import { conversationKeySchema, type RouteSpec } from "@baton/shared";
import { z } from "zod";

/**
 * Endpoints the backend adds beyond the fixed contract in shared/api/routes.ts. Same shape, so the
 * dispatcher treats both tables alike; candidates to move into shared once the clients use them.
 */
export const extraRoutes = {
  /** Who am I: email, role, org, and the members list for the assign menu and @mention completion. */
  me: { method: "GET", path: "/me", auth: true, query: z.strictObject({}), response: z.unknown() },
  /** The conversation's SLA clocks with their explained timelines ("ran Mon 09:00-12:00, ..."). */
  sla: {
    method: "GET",
    path: "/conversations/{key}/sla",
    auth: true,
    params: z.strictObject({ key: conversationKeySchema }),
    query: z.strictObject({}),
    response: z.unknown(),
  },
} as const satisfies Record<string, RouteSpec>;

export type ExtraRoutes = typeof extraRoutes;
