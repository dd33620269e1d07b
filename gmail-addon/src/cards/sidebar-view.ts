/**
 * The shared view model the cards render (types only: the bundle carries no shared runtime code,
 * which keeps zod and luxon out of it).
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
