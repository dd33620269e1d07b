import type { ClockView } from "../view";

export interface ClockRowProps {
  clock: ClockView;
  nowMs: number;
  /** The per-second text for a running clock (countdownText); the view's text otherwise. */
  tickText: (clock: ClockView, nowMs: number) => string;
}

/**
 * One SLA clock. The visible text ticks every second; screen readers get the view's own
 * minute-level text in a polite live region, so they hear changes without a per-second chatter.
 */
export function ClockRow({ clock, nowMs, tickText }: ClockRowProps) {
  const text = tickText(clock, nowMs);
  return (
    <li class="clock" data-tone={clock.tone} data-kind={clock.kind}>
      <span>{clock.label}</span>
      <span class="clock-text" aria-hidden="true" data-testid={`clock-${clock.kind}`}>
        {text}
      </span>
      <span class="sr-only" aria-live="polite">
        {`${clock.label}: ${clock.text}`}
      </span>
    </li>
  );
}
