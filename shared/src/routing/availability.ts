import type { Priority } from "../conversation/types";
import type { Role } from "../permissions/roles";
import { isBusinessInstant, type BusinessCalendar } from "../time";
import type { Capacity, MemberAvailability, SkipReason } from "./types";

/** A member as routing sees them. */
export interface RoutingMember {
  email: string;
  /** Display name for explanations ("Ana"); the address stands in without one. */
  name?: string;
  role: Role;
  availability: MemberAvailability;
}

/**
 * The open conversations a member owns now, per priority (open: not resolved, in any mailbox; the
 * caller counts them). Missing priorities count 0.
 */
export type OpenLoad = Partial<Record<Priority, number>>;

/** What availability depends on besides the member: the mailbox's settings and the instant. */
export interface AvailabilityContext {
  /** The mailbox's calendar: the hours of a member who has none of their own. */
  calendar: BusinessCalendar;
  /** The mailbox's default caps (a member's own `maxOpen` overrides `maxOpen`). */
  capacity: Capacity;
  /** Assign at any hour: working hours and the rota are not asked. */
  anyHour: boolean;
  /** Who holds the pager now (escalation's `onCallAt(rota, now)?.member`): on shift whatever their hours. */
  onCall: string | null;
}

/** Roles that can own a conversation (a viewer only reads). */
const OWNER_ROLES: ReadonlySet<Role> = new Set(["admin", "lead", "agent"]);

/** Total open conversations of a load. */
export function totalLoad(load: OpenLoad): number {
  return (load.low ?? 0) + (load.normal ?? 0) + (load.high ?? 0) + (load.urgent ?? 0);
}

/**
 * Whether `member` can take a conversation of `priority` at `nowMs`, or the first reason they
 * cannot, checked in this order: not_agent (a viewer), away (`awayUntil` still ahead), off_shift
 * (outside their working hours, or the mailbox calendar when they have none, unless on call or the
 * mailbox assigns at any hour), at_capacity (open conversations at their cap in total, or at the
 * mailbox's cap for this priority). A cap of 0 means never.
 */
export function availability(
  member: RoutingMember,
  nowMs: number,
  context: AvailabilityContext,
  load: OpenLoad,
  priority: Priority,
): "available" | Exclude<SkipReason, "no_skill"> {
  if (!OWNER_ROLES.has(member.role)) return "not_agent";
  const { awayUntil, workingHours, maxOpen } = member.availability;
  if (awayUntil !== null && nowMs < awayUntil) return "away";
  if (!context.anyHour && context.onCall !== member.email) {
    if (!isBusinessInstant(workingHours ?? context.calendar, nowMs)) return "off_shift";
  }
  const cap = maxOpen !== undefined ? maxOpen : context.capacity.maxOpen;
  if (cap !== null && totalLoad(load) >= cap) return "at_capacity";
  const priorityCap = context.capacity.perPriority[priority];
  if (priorityCap !== undefined && (load[priority] ?? 0) >= priorityCap) return "at_capacity";
  return "available";
}
