import { useRef, useState } from "preact/hooks";

/** Keys that move a closed menu's choice (typing a letter jumps to an option too). */
const BROWSING_KEYS = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

export interface SettledSelect {
  value: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onChange: (event: Event) => void;
  onBlur: () => void;
}

/**
 * A closed <select> fires `change` on every arrow key in Chromium and Edge, so a keyboard user passing
 * through Status or Priority sent one command per option passed. A pointer pick commits at once;
 * keyboard browsing only shows the choice, and commits it once on Enter or when focus leaves
 * (Escape drops it). `current` is the server's value, shown whenever nothing is being browsed.
 */
export function useSettledSelect(current: string, commit: (value: string) => void): SettledSelect {
  const [pending, setPending] = useState<string | null>(null);
  const browsing = useRef(false);
  const settle = (value: string | null) => {
    browsing.current = false;
    setPending(null);
    if (value !== null && value !== current) commit(value);
  };
  return {
    value: pending ?? current,
    onKeyDown: (event) => {
      if (event.key === "Enter") {
        if (pending !== null) event.preventDefault();
        settle(pending);
      } else if (event.key === "Escape") {
        browsing.current = false;
        setPending(null);
      } else if (
        BROWSING_KEYS.has(event.key) ||
        (event.key.length === 1 && !event.ctrlKey && !event.metaKey)
      ) {
        browsing.current = true;
      }
    },
    onChange: (event) => {
      const value = (event.currentTarget as HTMLSelectElement).value;
      if (browsing.current) setPending(value);
      else settle(value);
    },
    onBlur: () => {
      settle(pending);
    },
  };
}
