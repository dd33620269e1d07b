/**
 * What a Breached row says: which clock is overdue and by how much ("First reply overdue by
 * 2 h 10 min"), or, for a clock a late reply or resolution has stopped, how late it was ("First
 * reply was 45 min late"). Before this the row showed the next deadline still to come, or "no
 * deadline", which says nothing about the breach that put it in the section.
 */
import type { QueueItem } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";
import { formatDuration } from "../metrics/format";

const CLOCK_NAMES = {
  first_response: "dashboard.clockFirstReply",
  next_response: "dashboard.clockNextReply",
  resolution: "dashboard.clockResolution",
} as const satisfies Record<NonNullable<QueueItem["breaches"]>[number]["clock"], string>;

export function breachText(item: Pick<QueueItem, "breaches">, nowMs: number, t: Translator): string {
  const breaches = item.breaches ?? [];
  if (breaches.length === 0) return t.t("dashboard.breached");
  // Overdue clocks first (what to act on), then those already stopped late.
  const ordered = [
    ...breaches.filter((b) => b.stoppedAt === null),
    ...breaches.filter((b) => b.stoppedAt !== null),
  ];
  return ordered
    .map((b) =>
      b.stoppedAt === null
        ? t.t("dashboard.overdueBy", {
            clock: t.t(CLOCK_NAMES[b.clock]),
            duration: formatDuration(Math.max(0, nowMs - b.at), t),
          })
        : t.t("dashboard.wasLate", {
            clock: t.t(CLOCK_NAMES[b.clock]),
            duration: formatDuration(Math.max(0, b.stoppedAt - b.at), t),
          }),
    )
    .join("; ");
}
