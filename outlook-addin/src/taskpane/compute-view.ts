/**
 * Local view computation with @baton/shared's sidebarView (for live snapshots and presence) and
 * countdownText (for the one-second tick). Both come from shared, so the pane never invents wording.
 */
import { countdownText, sidebarView, type Conversation, type Role, type SlaState } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";
import type { ViewInputs } from "./controller";
import type { ClockView, SidebarView } from "./view";

function isSlaState(value: unknown): value is SlaState {
  return typeof value === "object" && value !== null && Array.isArray((value as { clocks?: unknown }).clocks);
}

/** `t`: the pane's translator (the reader's language); English until the pane passes one. */
export function computeView(inputs: ViewInputs, t?: Translator): SidebarView | null {
  if (inputs.conversation === null || !isSlaState(inputs.sla)) return null;
  return sidebarView(
    {
      conversation: inputs.conversation as Conversation,
      sla: inputs.sla,
      me: { email: inputs.identity.email, role: inputs.identity.role as Role },
      nowMs: inputs.nowMs,
      members: inputs.identity.members.map((member) => ({
        email: member.email,
        name: member.name ?? member.email,
        role: (member.role ?? "agent") as Role,
      })),
      presence: inputs.presence,
      timeZone: inputs.timeZone,
      readerZone: inputs.readerZone ?? null,
    },
    t,
  );
}

/** The per-second clock text, on the same clocks (mailbox's, and the reader's when it differs) as the view. */
export function tickText(zones: SidebarView["zones"] | string, t?: Translator) {
  return (clock: ClockView, nowMs: number): string =>
    countdownText(clock, nowMs, zones ?? "UTC", { seconds: true }, t);
}

export function fromApiView(view: unknown): SidebarView {
  return view as SidebarView;
}
