import type { TargetedKeyboardEvent } from "preact";

export type TabId = "queue" | "metrics" | "jobs" | "connectors" | "settings";
const TABS: Array<[TabId, string]> = [
  ["queue", "Queue"],
  ["metrics", "Metrics"],
  ["jobs", "Jobs"],
  ["connectors", "Connectors"],
  ["settings", "Settings"],
];

/** WAI-ARIA tabs: arrow keys move between them, the selected one is the only tab stop. */
export function Tabs({ current, onChange }: { current: TabId; onChange: (tab: TabId) => void }) {
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
  return (
    <div role="tablist" aria-label="Dashboard sections" class="tabs" onKeyDown={onKeyDown}>
      {TABS.map(([id, label]) => (
        <button
          type="button"
          role="tab"
          data-tab={id}
          aria-selected={current === id}
          tabIndex={current === id ? 0 : -1}
          onClick={() => {
            onChange(id);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
