import type { ClockKind, Conversation } from "../conversation/types";
import type { ClockState } from "../sla/types";
import { addBusinessTime, type BusinessCalendar } from "../time";
import { slaActionEventId } from "./action-id";
import { nextWorkingInstant, shouldNotifyNow } from "./quiet-hours";
import { onCallAt } from "./rota";
import type {
  EscalationPolicy,
  EscalationRule,
  EscalationTrigger,
  MemberContact,
  OnCallRota,
  SkippedRecipient,
  SlaAction,
  SlaActionKind,
  SlaPlan,
} from "./types";

const MINUTE_MS = 60_000;

export interface PlanInput {
  conversation: Pick<Conversation, "key" | "assignee">;
  /** `slaHistory(events, policy, calendar, nowMs)`: every cycle, so an unrecorded old breach is seen. */
  clocks: readonly ClockState[];
  /** Ids of the events already in the log (an action whose id is here has happened). */
  recorded: ReadonlySet<string>;
  /** The mailbox's calendar: business minutes of still-breached rules, default working hours. */
  calendar: BusinessCalendar;
  escalation: EscalationPolicy;
  rota: OnCallRota | null;
  /** Who is on call when there is no rota or it names no one (the mailbox's routing.onCall). */
  fallbackOnCall: string | null;
  members: readonly MemberContact[];
  nowMs: number;
}

interface Context extends PlanInput {
  onCall: string | null;
  byEmail: ReadonlyMap<string, MemberContact>;
}

function applies(rule: EscalationRule, trigger: EscalationTrigger, clock: ClockKind, ctx: Context): boolean {
  if (rule.trigger !== trigger) return false;
  if (rule.clocks !== undefined && !rule.clocks.includes(clock)) return false;
  const assigned = ctx.conversation.assignee !== null;
  const when = rule.when ?? "any";
  return when === "any" || (when === "assigned") === assigned;
}

function leadsOf(ctx: Context): string[] {
  if (ctx.escalation.leads.length > 0) return ctx.escalation.leads;
  return ctx.members.filter((m) => m.role === "lead").map((m) => m.email);
}

function candidatesOf(rule: EscalationRule, ctx: Context): string[] {
  const out: string[] = [];
  for (const ref of rule.notify) {
    if (ref === "assignee" && ctx.conversation.assignee !== null) out.push(ctx.conversation.assignee);
    if (ref === "leads") out.push(...leadsOf(ctx));
    if (ref === "on_call" && ctx.onCall !== null) out.push(ctx.onCall);
  }
  out.push(...(rule.members ?? []));
  return out.map((email) => email.toLowerCase());
}

interface Audience {
  recipients: Set<string>;
  skipped: Map<string, Omit<SkippedRecipient, "email">>;
}

/** Resolves one rule's recipients at nowMs through quiet hours into `audience`. */
function addRecipients(rule: EscalationRule, ctx: Context, audience: Audience): void {
  for (const email of candidatesOf(rule, ctx)) {
    const member = ctx.byEmail.get(email);
    if (member === undefined) {
      audience.skipped.set(email, { reason: "not_a_member" });
      continue;
    }
    const hours = member.workingHours ?? ctx.calendar;
    const decision = shouldNotifyNow(hours, ctx.nowMs, {
      onCall: email === ctx.onCall,
      urgent: rule.urgent === true,
    });
    const notBefore = decision === "quiet" ? nextWorkingInstant(hours, ctx.nowMs) : null;
    if (decision === "notify" || (decision === "quiet" && notBefore === null)) audience.recipients.add(email);
    // Held, not dropped: the backend keeps the notice and sends it when their working hours start.
    else if (decision === "quiet")
      audience.skipped.set(email, { reason: "quiet_hours", notBefore: notBefore as number });
    else {
      audience.skipped.set(email, { reason: "replaced_by_on_call" });
      if (ctx.onCall !== null && ctx.byEmail.has(ctx.onCall)) audience.recipients.add(ctx.onCall);
    }
  }
}

function actionOf(
  clock: ClockState,
  kind: SlaActionKind,
  rules: readonly EscalationRule[],
  level: string | null,
  ctx: Context,
): SlaAction {
  const audience: Audience = { recipients: new Set(), skipped: new Map() };
  // A clock that already stopped is recorded for the log and the reports; nobody can act on it.
  const live = clock.stoppedAt === null;
  if (live) for (const rule of rules) addRecipients(rule, ctx, audience);
  const recipients = [...audience.recipients];
  return {
    eventId: slaActionEventId(ctx.conversation.key, clock.kind, clock.cycle, kind, level),
    kind,
    clock: clock.kind,
    cycle: clock.cycle,
    dueAt: clock.dueAt ?? ctx.nowMs,
    level,
    recipients,
    // Someone notified through another rule was not skipped.
    skipped: [...audience.skipped]
      .filter(([email]) => !audience.recipients.has(email))
      .map(([email, why]) => ({ email, ...why })),
    channels: live ? [...new Set(rules.flatMap((rule) => rule.channels))] : [],
    rules: live ? rules.map((rule) => rule.id) : [],
  };
}

/** Business time a breached clock is overdue by, and whether it is still accruing. */
function overdue(clock: ClockState): { byMs: number; accruing: boolean } {
  const accruing = clock.pausedReason === null || clock.pausedReason === "outside_business_hours";
  return { byMs: clock.usedMs - clock.targetMs, accruing };
}

function planClock(clock: ClockState, ctx: Context, actions: SlaAction[], upcoming: number[]): void {
  const id = (kind: SlaActionKind, level?: string) =>
    slaActionEventId(ctx.conversation.key, clock.kind, clock.cycle, kind, level);
  const rulesFor = (trigger: EscalationTrigger) =>
    ctx.escalation.rules.filter((rule) => applies(rule, trigger, clock.kind, ctx));
  const open = clock.stoppedAt === null;

  if (clock.state === "breached") {
    if (!ctx.recorded.has(id("breached"))) {
      actions.push(actionOf(clock, "breached", rulesFor("breached"), null, ctx));
    }
  } else if (open && clock.warning && !ctx.recorded.has(id("warned"))) {
    // A clock that went straight to breached (priority raised, a late report) gets only the breach.
    actions.push(actionOf(clock, "warned", rulesFor("warned"), null, ctx));
  }
  if (clock.state === "running") {
    for (const t of [clock.warnAt, clock.dueAt]) if (t !== null) upcoming.push(t + 1);
  }
  if (clock.state !== "breached" || !open) return;

  // Still breached: overdue by more than the rule's business minutes (strictly, like a breach).
  const { byMs, accruing } = overdue(clock);
  for (const rule of rulesFor("still_breached")) {
    if (ctx.recorded.has(id("escalated", rule.id))) continue;
    const afterMs = (rule.afterMinutes ?? 0) * MINUTE_MS;
    if (byMs > afterMs) actions.push(actionOf(clock, "escalated", [rule], rule.id, ctx));
    else if (accruing) upcoming.push(addBusinessTime(ctx.calendar, ctx.nowMs, afterMs - byMs) + 1);
  }
}

/**
 * What the SLA engine must do at `nowMs` for one conversation: every warning, breach and escalation
 * that is due and not yet in the log (by deterministic event id), each with the members to notify
 * after quiet hours and the channels to use; and when to look again. Pure: the same input gives the
 * same plan, so two runners planning at once plan the same ids. Rules: README.md in this folder.
 */
export function planSlaActions(input: PlanInput): SlaPlan {
  const shift = input.rota === null ? null : onCallAt(input.rota, input.nowMs);
  const ctx: Context = {
    ...input,
    onCall: (shift?.member ?? input.fallbackOnCall)?.toLowerCase() ?? null,
    byEmail: new Map(input.members.map((m) => [m.email.toLowerCase(), m])),
  };
  const actions: SlaAction[] = [];
  const upcoming: number[] = [];
  for (const clock of input.clocks) planClock(clock, ctx, actions, upcoming);
  return { actions, nextCheckAt: upcoming.length === 0 ? null : Math.min(...upcoming) };
}
