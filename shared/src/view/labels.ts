import type { ClockKind, Priority, Status } from "../conversation/types";
import type { MessageKey } from "../i18n/catalogues/areas";
import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";

const CLOCK_KEYS: Record<ClockKind, MessageKey<"view">> = {
  first_response: "view.clockFirstResponse",
  next_response: "view.clockNextResponse",
  resolution: "view.clockResolution",
};

/** "pending" is a state of the customer, not of the team: say so ("Waiting on customer"). */
const STATUS_KEYS: Record<Status, MessageKey<"view">> = {
  open: "view.statusOpen",
  pending: "view.statusPending",
  snoozed: "view.statusSnoozed",
  resolved: "view.statusResolved",
};

const PRIORITY_KEYS: Record<Priority, MessageKey<"view">> = {
  low: "view.priorityLow",
  normal: "view.priorityNormal",
  high: "view.priorityHigh",
  urgent: "view.priorityUrgent",
};

/** "First reply", "Next reply", "Resolution" ("Eerste reactie", ...). */
export function clockLabel(kind: ClockKind, t: Translator = englishTranslator()): string {
  return t.t(CLOCK_KEYS[kind]);
}

export function statusLabel(status: Status, t: Translator = englishTranslator()): string {
  return t.t(STATUS_KEYS[status]);
}

export function priorityLabel(priority: Priority, t: Translator = englishTranslator()): string {
  return t.t(PRIORITY_KEYS[priority]);
}

/** Every value of `keys` said by `t`, read on each access so the English is parsed only when asked. */
function labelsIn<K extends string>(keys: Record<K, MessageKey<"view">>): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const value of Object.keys(keys) as K[])
    Object.defineProperty(labels, value, { enumerable: true, get: () => englishTranslator().t(keys[value]) });
  return labels;
}

/** English only, for callers not yet passing a translator: prefer clockLabel(kind, t). */
export const CLOCK_LABELS: Readonly<Record<ClockKind, string>> = labelsIn(CLOCK_KEYS);
/** English only: prefer statusLabel(status, t). */
export const STATUS_LABELS: Readonly<Record<Status, string>> = labelsIn(STATUS_KEYS);
/** English only: prefer priorityLabel(priority, t). */
export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = labelsIn(PRIORITY_KEYS);
