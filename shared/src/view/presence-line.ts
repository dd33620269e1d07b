import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";
import type { NameOf } from "./member-names";
import type { PresenceView } from "./types";
import { CONVERSATION_LIMITS } from "../limits/conversations";

/**
 * Heartbeats older than this are gone: the tab was closed or the machine slept. Three heartbeat
 * intervals (PRESENCE_HEARTBEAT_MS, 5 s), so "is viewing" ends within 15 s of leaving (issue 19).
 */
export const PRESENCE_TTL_MS = CONVERSATION_LIMITS.presenceTtl.value;

export interface PresenceInput {
  email: string;
  state: "viewing" | "replying";
  at: number;
}

/**
 * Everyone else seen within PRESENCE_TTL_MS (inclusive), one entry per person: replying outranks
 * viewing, because it is what prevents a double reply. Repliers first, then by name.
 */
export function activePresence(
  entries: readonly PresenceInput[],
  meEmail: string,
  nowMs: number,
  nameOf: NameOf,
): PresenceView[] {
  const me = meEmail.toLowerCase();
  const byEmail = new Map<string, PresenceView>();
  for (const entry of entries) {
    const email = entry.email.toLowerCase();
    if (email === me || nowMs - entry.at > PRESENCE_TTL_MS) continue;
    const seen = byEmail.get(email);
    const outranks =
      seen === undefined ||
      (entry.state === "replying" && seen.state === "viewing") ||
      (entry.state === seen.state && entry.at > seen.at);
    if (outranks) byEmail.set(email, { email, name: nameOf(email), state: entry.state, at: entry.at });
  }
  return [...byEmail.values()].sort(
    (a, b) => Number(b.state === "replying") - Number(a.state === "replying") || a.name.localeCompare(b.name),
  );
}

/** "Ana", "Ana and Ben", "Ana, Ben and Chen", "Ana, Ben and 2 others" (Dutch: "en", "2 anderen"). */
function listNames(names: readonly string[], t: Translator): string {
  if (names.length === 1) return names[0] ?? "";
  if (names.length <= 3)
    return t.t("view.namesTwoOrThree", { first: names.slice(0, -1).join(", "), last: names.at(-1) ?? "" });
  return t.t("view.namesMore", { first: names.slice(0, 2).join(", "), others: names.length - 2 });
}

const PRESENCE_KEYS = { replying: "view.presenceReplying", viewing: "view.presenceViewing" } as const;

/** "Ana is viewing", "Ben is replying · Ana and Chen are viewing"; null when nobody else is here. */
export function presenceLine(
  active: readonly PresenceView[],
  t: Translator = englishTranslator(),
): string | null {
  const parts: string[] = [];
  for (const state of ["replying", "viewing"] as const) {
    const names = active.filter((entry) => entry.state === state).map((entry) => entry.name);
    if (names.length > 0)
      parts.push(t.t(PRESENCE_KEYS[state], { names: listNames(names, t), count: names.length }));
  }
  return parts.length === 0 ? null : parts.join(" · ");
}
