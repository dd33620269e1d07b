/**
 * The shared view model the cards render. The card needs only its types here: the texts in it were
 * written by shared/src/view on the backend, and a card imports any run-time helper from
 * `@baton/shared/view` (sideEffects: false keeps the bundle to what it uses).
 */
import type { ClockTone } from "@baton/shared";
import type { Tone } from "./model";

export type { ClockTone, ClockView, SidebarView } from "@baton/shared";

/** The view's clock tones in the few colours a Gmail card can show. */
export const CLOCK_TONE_TO_CARD: Record<ClockTone, Tone> = {
  neutral: "neutral",
  ok: "ok",
  warning: "warning",
  breached: "danger",
  paused: "muted",
  met: "ok",
};
