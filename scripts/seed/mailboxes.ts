import { DEFAULT_SLA_POLICY, type BusinessCalendar, type SlaPolicy } from "@baton/shared";
import type { Mailbox } from "../../backend/src/store/mailboxes";
import { DEMO_DOMAIN } from "./people";

/** A mailbox as the backend stores it (policy, calendar, routing: who works it, who is on call). */
export type DemoMailbox = Mailbox;

const WEEKDAYS_0900_1730: BusinessCalendar["weekly"] = {
  mon: [["09:00", "17:30"]],
  tue: [["09:00", "17:30"]],
  wed: [["09:00", "17:30"]],
  thu: [["09:00", "17:30"]],
  fri: [["09:00", "17:30"]],
};

/** Dutch public holidays around the demo's dates (Christmas, Boxing Day, New Year, King's Day). */
const AMSTERDAM: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  weekly: WEEKDAYS_0900_1730,
  holidays: ["2026-12-25", "2026-12-26", "2027-01-01", "2027-04-27"],
};

/** The sales team sits in New York: US holidays (Thanksgiving, Christmas, New Year, MLK Day). */
const NEW_YORK: BusinessCalendar = {
  timeZone: "America/New_York",
  weekly: WEEKDAYS_0900_1730,
  holidays: ["2026-11-26", "2026-12-25", "2027-01-01", "2027-01-18"],
};

/** Sales promises faster answers on hot leads: urgent and high tiers are halved. */
const SALES_POLICY: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  tiers: {
    ...DEFAULT_SLA_POLICY.tiers,
    urgent: { firstResponseMinutes: 15, nextResponseMinutes: 15, resolutionMinutes: 120 },
    high: { firstResponseMinutes: 30, nextResponseMinutes: 30, resolutionMinutes: 240 },
  },
};

const team = (...locals: string[]) => locals.map((l) => `${l}@${DEMO_DOMAIN}`);

export const MAILBOXES: readonly DemoMailbox[] = [
  {
    id: "support",
    address: `support@${DEMO_DOMAIN}`,
    name: "Support",
    policy: DEFAULT_SLA_POLICY,
    calendar: AMSTERDAM,
    // Round-robin goes over these four (routing.ts); Chen leads them, is on call and, as a lead, may
    // still claim or be assigned any support@ conversation.
    routing: { agents: team("ana", "ben", "dara", "eli"), onCall: `chen@${DEMO_DOMAIN}` },
    version: 1,
  },
  {
    id: "sales",
    address: `sales@${DEMO_DOMAIN}`,
    name: "Sales",
    policy: SALES_POLICY,
    calendar: NEW_YORK,
    routing: { agents: team("ben", "eli", "lead"), onCall: `lead@${DEMO_DOMAIN}` },
    version: 1,
  },
  {
    id: "billing",
    address: `billing@${DEMO_DOMAIN}`,
    name: "Billing",
    policy: DEFAULT_SLA_POLICY,
    calendar: AMSTERDAM,
    routing: { agents: team("chen", "dara"), onCall: `chen@${DEMO_DOMAIN}` },
    version: 1,
  },
];

/**
 * The demo's mailboxes joined Baton this many days before the seed runs (their `createdAt`): a team
 * that has used Baton for a quarter. Mail sent before that is history, recorded but never timed, so
 * the seeded threads (hours to days old) run their clocks, and an imported thread from last year
 * starts none until its customer writes again.
 */
export const DEMO_JOINED_DAYS_AGO = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the demo's mailboxes joined Baton, for a seed run at `nowMs`. */
export function demoJoinedAt(nowMs: number): number {
  return nowMs - DEMO_JOINED_DAYS_AGO * DAY_MS;
}

export function mailboxById(id: string): DemoMailbox {
  const mailbox = MAILBOXES.find((m) => m.id === id);
  if (!mailbox) throw new Error(`No demo mailbox ${id}`);
  return mailbox;
}
