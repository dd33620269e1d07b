import type { Translator } from "../i18n/translator";
import type { ClockState } from "../sla/types";
import { clockTone } from "./clock-tone";
import { countdownText, gmailDeadlineText } from "./countdown-text";
import type { ZoneArg } from "./format-when";
import { englishTranslator } from "./english";
import { clockLabel } from "./labels";
import type { ClockView } from "./types";

/** A clock as the sidebars show it at nowMs; snoozedUntil comes from the conversation. */
export function clockView(
  clock: ClockState,
  snoozedUntil: number | null,
  nowMs: number,
  timeZone: ZoneArg,
  t: Translator = englishTranslator(),
): ClockView {
  const input = { ...clock, snoozedUntil, asOf: nowMs };
  return {
    kind: clock.kind,
    label: clockLabel(clock.kind, t),
    cycle: clock.cycle,
    state: clock.state,
    tone: clockTone(input, nowMs),
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    leftMs: clock.leftMs,
    usedMs: clock.usedMs,
    targetMs: clock.targetMs,
    stoppedAt: clock.stoppedAt,
    pausedReason: clock.pausedReason,
    resumesAt: clock.resumesAt,
    closesAt: clock.closesAt,
    snoozedUntil: clock.pausedReason === "snoozed" ? snoozedUntil : null,
    asOf: nowMs,
    text: countdownText(input, nowMs, timeZone, {}, t),
    deadlineText: gmailDeadlineText(input, nowMs, timeZone, t),
  };
}

/**
 * The earliest deadline that arrives unless someone acts: running clocks and clocks only waiting
 * for business hours. Clocks paused by status have no dueAt; breached and met ones are past it.
 */
export function nextDeadline(clocks: readonly ClockView[]): number | null {
  let next: number | null = null;
  for (const clock of clocks) {
    const live =
      clock.state === "running" ||
      (clock.state === "paused" && clock.pausedReason === "outside_business_hours");
    if (live && clock.dueAt !== null && (next === null || clock.dueAt < next)) next = clock.dueAt;
  }
  return next;
}
