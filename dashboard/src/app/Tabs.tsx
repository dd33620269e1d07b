import type { MessageKey } from "@baton/shared/i18n";
import type { TargetedKeyboardEvent } from "preact";
import { useT } from "./i18n";

export type TabId =
  "queue" | "metrics" | "jobs" | "connectors" | "settings" | "routing" | "templates" | "install";
const ALL_TABS: Array<[TabId, MessageKey<"dashboard">]> = [
  ["queue", "dashboard.tabQueue"],
  ["metrics", "dashboard.tabMetrics"],
  ["jobs", "dashboard.tabJobs"],
  ["connectors", "dashboard.tabConnectors"],
  ["settings", "dashboard.tabSettings"],
  ["routing", "dashboard.tabRouting"],
  ["templates", "dashboard.tabTemplates"],
  ["install", "dashboard.tabInstall"],
];

/**
 * WAI-ARIA tabs: arrow keys move between them, the selected one is the only tab stop. Install is for
 * those who manage members (the API refuses the others its values).
 */
export function Tabs({
  current,
  onChange,
  admin,
  lead = admin,
}: {
  current: string;
  onChange: (tab: TabId) => void;
  admin: boolean;
  /** May write mailbox templates (edit_policies: leads and admins). */
  lead?: boolean;
}) {
  const t = useT();
  // Routing, like Install, is for admins (the API refuses others the routing settings).
  // Templates are for leads and admins (the API refuses others a mailbox's templates).
  const TABS = ALL_TABS.filter(
    ([id]) => (admin || (id !== "install" && id !== "routing")) && (lead || id !== "templates"),
  );
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex(([id]) => id === current);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next === undefined) return;
    onChange(next[0]);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${next[0]}"]`)?.focus();
  };
  // On a page that is no tab (the setup steps), the first tab is the tab stop.
  const stop = TABS.some(([id]) => id === current) ? current : TABS[0]?.[0];
  return (
    <div role="tablist" aria-label={t("dashboard.sections")} class="tabs" onKeyDown={onKeyDown}>
      {TABS.map(([id, label]) => (
        <button
          type="button"
          role="tab"
          data-tab={id}
          aria-selected={current === id}
          tabIndex={stop === id ? 0 : -1}
          onClick={() => {
            onChange(id);
          }}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
