/**
 * The shared view model the cards render. Bridged by path until shared's view/index.ts exports it;
 * then this becomes `export type { ... } from "@baton/shared"`.
 */
import type { ClockTone } from "../../../shared/src/view/types";
import type { Tone } from "./model";

export type { ClockTone, ClockView, SidebarView } from "../../../shared/src/view/types";

/** The view's clock tones in the few colours a Gmail card can show. */
export const CLOCK_TONE_TO_CARD: Record<ClockTone, Tone> = {
  neutral: "neutral",
  ok: "ok",
  warning: "warning",
  breached: "danger",
  paused: "muted",
  met: "ok",
};
