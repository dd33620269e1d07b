import type { TabId } from "./Tabs";

/** Every page a URL can name: the tabs, and the setup steps (reached from Settings and the first run). */
export type RouteId = TabId | "setup";

const ROUTE_IDS: readonly RouteId[] = [
  "queue",
  "metrics",
  "jobs",
  "connectors",
  "settings",
  "routing",
  "templates",
  "install",
  "setup",
];

/**
 * The page a URL names ("#/metrics"), so a reload or a shared link opens the same page. Hash routing:
 * the dashboard is static files, and a hash needs no rewrite rule on the host.
 */
export function tabOfHash(hash: string): RouteId {
  const name = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return ROUTE_IDS.find((id) => id === name) ?? "queue";
}

export function hashOfTab(tab: RouteId): string {
  return `#/${tab}`;
}
