import type { TabId } from "./Tabs";

const TAB_IDS: readonly TabId[] = ["queue", "metrics", "jobs", "connectors", "settings"];

/**
 * The tab a URL names ("#/metrics"), so a reload or a shared link opens the same tab. Hash routing:
 * the dashboard is static files, and a hash needs no rewrite rule on the host.
 */
export function tabOfHash(hash: string): TabId {
  const name = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return TAB_IDS.find((id) => id === name) ?? "queue";
}

export function hashOfTab(tab: TabId): string {
  return `#/${tab}`;
}
