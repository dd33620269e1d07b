/**
 * Local view computation with @baton/shared's sidebarView (for live snapshots) and countdownText (for
 * the one-second tick). Both come from shared, so the pane never invents its own wording.
 */
// The view area alone (not the package root) so the bundle carries only what the pane uses.
// TODO(shared): named imports from "@baton/shared" once view/index.ts exports them.
import * as shared from "../../../shared/src/view/index";
import type { ViewInputs } from "./controller";
import type { ClockView, SidebarView } from "./view";

type SidebarViewFn = (input: {
  conversation: unknown;
  sla: unknown;
  me: { email: string; role: string };
  nowMs: number;
  members: { email: string; name?: string; role?: string }[];
  presence: unknown[];
  timeZone: string;
}) => SidebarView;
type CountdownTextFn = (
  clock: ClockView,
  nowMs: number,
  timeZone: string,
  options?: { seconds?: boolean },
) => string;

// Looked up by name so the pane builds while shared's view/ lands; both are plain exports there.
const exports = shared as unknown as Record<string, unknown>;
const sidebarViewFn = exports.sidebarView as SidebarViewFn | undefined;
const countdownTextFn = exports.countdownText as CountdownTextFn | undefined;

export function computeView(inputs: ViewInputs): SidebarView | null {
  if (sidebarViewFn === undefined || inputs.conversation === null || inputs.sla === null) return null;
  return sidebarViewFn({
    conversation: inputs.conversation,
    sla: inputs.sla,
    me: { email: inputs.identity.email, role: inputs.identity.role },
    nowMs: inputs.nowMs,
    members: inputs.identity.members,
    presence: inputs.presence,
    timeZone: inputs.timeZone,
  });
}

export function tickText(timeZone: string) {
  return (clock: ClockView, nowMs: number): string =>
    countdownTextFn === undefined ? clock.text : countdownTextFn(clock, nowMs, timeZone, { seconds: true });
}

export function fromApiView(view: unknown): SidebarView {
  return view as SidebarView;
}
