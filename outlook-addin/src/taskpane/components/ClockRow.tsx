import type { ClockView } from "../view";

export interface ClockRowProps {
  clock: ClockView;
  nowMs: number;
  /** The per-second text for a running clock (countdownText); the view's text otherwise. */
  tickText: (clock: ClockView, nowMs: number) => string;
}

/**
 * One SLA clock. The visible text ticks every second; screen readers get the view's own
 * minute-level text as its text equivalent, not live: a warning or breach is announced once by the
 * pane's SlaAnnouncer, so a new snapshot does not read every clock out again.
 */
export function ClockRow({ clock, nowMs, tickText }: ClockRowProps) {
  const text = tickText(clock, nowMs);
  return (
    <li class="clock" data-tone={clock.tone} data-kind={clock.kind}>
      <span>{clock.label}</span>
      <span class="clock-text" aria-hidden="true" data-testid={`clock-${clock.kind}`}>
        {text}
      </span>
      <span class="sr-only">{`${clock.label}: ${clock.text}`}</span>
    </li>
  );
}
