import {
  businessCalendarSchema,
  CSAT_OFF,
  DEFAULT_SLA_POLICY,
  mailboxCsatSchema,
  routingSchema,
  routingSettingsSchema,
  slaPolicySchema,
  type BusinessCalendar,
  type DomainError,
  type MailboxCsat,
  type SlaPolicy,
  validateCalendar,
  validateSlaPolicy,
} from "@baton/shared";
import { type RoutingSettings } from "@baton/shared/routing";
import type { DocumentData, Firestore, Transaction } from "firebase-admin/firestore";
import { calendarFromStore, calendarToStore } from "./calendar-codec";
import { paths } from "./paths";

export interface Mailbox {
  id: string;
  address: string;
  name: string;
  policy: SlaPolicy;
  calendar: BusinessCalendar;
  routing: { agents: string[]; onCall: string | null };
  /**
   * The rest of the stored `routing` (strategy, rules, capacity…, issue 16), defaults when none or
   * unreadable; set by PUT /mailboxes/{id}/routing only. Optional so mailboxes built in code need not
   * carry it.
   */
  routingSettings?: RoutingSettings;
  /** The customer survey on resolve (issue 17); off when absent or unreadable. */
  csat?: MailboxCsat;
  /** Bumped on every PUT; conversations record the version their SLA summary was computed with. */
  version: number;
  /**
   * When the mailbox joined Baton (epoch ms): a stored `createdAt` (a migrated mailbox may carry its
   * true date), else the document's creation time, which Firestore keeps for every document and no
   * PUT changes. Messages dated long before it do not start clocks as is (chooseMessageTime).
   */
  createdAt?: number;
}

/** Round the clock in UTC: what a mailbox without business hours gets. */
export const ALWAYS_OPEN: BusinessCalendar = {
  timeZone: "UTC",
  weekly: {
    mon: [["00:00", "24:00"]],
    tue: [["00:00", "24:00"]],
    wed: [["00:00", "24:00"]],
    thu: [["00:00", "24:00"]],
    fri: [["00:00", "24:00"]],
    sat: [["00:00", "24:00"]],
    sun: [["00:00", "24:00"]],
  },
};

/**
 * A stored mailbox, read leniently: documents written by hand or by an older version fall back to
 * the default policy / calendar instead of breaking every conversation of the mailbox.
 */
export function toMailbox(id: string, data: DocumentData, createTimeMs?: number): Mailbox {
  const policy = slaPolicySchema.safeParse(data.policy);
  const calendar = businessCalendarSchema.safeParse(calendarFromStore(data.calendar));
  const { agents, onCall, settings } = splitRouting(data.routing);
  const routing = routingSchema.safeParse({ agents, onCall });
  const address = typeof data.address === "string" ? data.address.toLowerCase() : id;
  return {
    id,
    address,
    name: typeof data.name === "string" ? data.name : address,
    policy: policy.success && validateSlaPolicy(policy.data) === null ? policy.data : DEFAULT_SLA_POLICY,
    calendar: calendar.success && isUsable(calendar.data) ? calendar.data : ALWAYS_OPEN,
    routing: routing.success ? routing.data : { agents: [], onCall: null },
    routingSettings: settings,
    csat: csatOf(data.csat),
    version: typeof data.version === "number" ? data.version : 0,
    ...joinedAt(data, createTimeMs),
  };
}

/** A stored survey setting, read leniently: anything unreadable is "off" (no mail to customers by accident). */
export function csatOf(stored: unknown): MailboxCsat {
  const parsed = mailboxCsatSchema.safeParse(stored);
  return parsed.success ? parsed.data : { ...CSAT_OFF };
}

/** The default routing: manual, no rules, no caps (what every mailbox had before issue 16). */
export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = routingSettingsSchema.parse({});

/**
 * A stored `routing` split into who works the mailbox and how it routes. Read apart, so settings an
 * older or newer version wrote (or a bad hand edit) cost the routing settings, never the agents and
 * the on-call that escalations page.
 */
export function splitRouting(stored: unknown): {
  agents: unknown;
  onCall: unknown;
  settings: RoutingSettings;
} {
  const { agents, onCall, ...rest } = (typeof stored === "object" && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const settings = routingSettingsSchema.safeParse(rest);
  return { agents, onCall, settings: settings.success ? settings.data : DEFAULT_ROUTING_SETTINGS };
}

function joinedAt(data: DocumentData, createTimeMs: number | undefined): { createdAt?: number } {
  if (typeof data.createdAt === "number" && Number.isFinite(data.createdAt))
    return { createdAt: data.createdAt };
  return createTimeMs === undefined ? {} : { createdAt: createTimeMs };
}

function isUsable(calendar: BusinessCalendar): boolean {
  try {
    validateCalendar(calendar);
    return true;
  } catch {
    return false;
  }
}

/** A mailbox by document id, or by its address, read from Firestore (request paths use the directory cache). */
export async function findMailbox(db: Firestore, org: string, idOrAddress: string): Promise<Mailbox | null> {
  const byId = await paths.mailbox(db, org, idOrAddress).get();
  if (byId.exists) return toMailbox(byId.id, byId.data() ?? {}, byId.createTime?.toMillis());
  const byAddress = await paths.mailboxes(db, org).where("address", "==", idOrAddress).limit(1).get();
  const doc = byAddress.docs[0];
  return doc === undefined ? null : toMailbox(doc.id, doc.data(), doc.createTime.toMillis());
}

export async function listMailboxes(db: Firestore, org: string): Promise<Mailbox[]> {
  const snapshot = await paths.mailboxes(db, org).get();
  return snapshot.docs.map((doc) => toMailbox(doc.id, doc.data(), doc.createTime.toMillis()));
}

/** Writes a mailbox and bumps its version atomically; answers what is now stored. */
export async function putMailbox(
  db: Firestore,
  org: string,
  id: string,
  value: Omit<Mailbox, "id" | "version">,
  // Checks the saved routing settings against the new agents in this transaction (mailbox-routing.ts).
  check?: (tx: Transaction, settings: RoutingSettings) => Promise<DomainError | null>,
): Promise<Mailbox | { refused: DomainError }> {
  const ref = paths.mailbox(db, org, id);
  return db.runTransaction(async (tx): Promise<Mailbox | { refused: DomainError }> => {
    const current = await tx.get(ref);
    const version: unknown = current.get("version");
    const next: Mailbox = { id, ...value, version: (typeof version === "number" ? version : 0) + 1 };
    // When the mailbox joined Baton decides which mail is history (never timed): a settings save must
    // not move it, so a stored date wins over whatever the caller passed.
    const stored: unknown = current.get("createdAt");
    if (typeof stored === "number" && Number.isFinite(stored)) next.createdAt = stored;
    const { id: _id, calendar, routingSettings: _given, ...rest } = next;
    // The holiday source is set through PUT /mailboxes/{id}/holidays: a whole-mailbox PUT keeps it.
    const source = toHolidaySource(current.get("holidaySource"));
    // Likewise the routing settings (PUT /mailboxes/{id}/routing): this PUT carries only the agents
    // and the on-call, and saving the mailbox's name must not wipe its rules and strategy.
    const { settings } = splitRouting(current.get("routing"));
    const refused = check === undefined ? null : await check(tx, settings);
    if (refused !== null) return { refused };
    const routing = { ...settings, ...rest.routing };
    // And the survey setting: a PUT without `csat` (an older client) keeps what is stored.
    const csat = rest.csat ?? csatOf(current.get("csat"));
    tx.set(ref, {
      ...rest,
      routing,
      csat,
      calendar: calendarToStore(calendar),
      holidaySource: source,
    });
    return { ...next, routingSettings: settings, csat };
  });
}

/**
 * Where a calendar's public holidays came from, and exactly which dates that source added (dates the
 * admin already had are not in `added`), so a change of country takes its dates out again.
 */
export interface HolidaySource {
  country: string;
  region: string | null;
  fromYear: number;
  toYear: number;
  added: string[];
}

export function toHolidaySource(data: unknown): HolidaySource | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.country !== "string" || typeof d.fromYear !== "number" || typeof d.toYear !== "number")
    return null;
  return {
    country: d.country,
    region: typeof d.region === "string" ? d.region : null,
    fromYear: d.fromYear,
    toYear: d.toYear,
    added: Array.isArray(d.added) ? d.added.filter((x): x is string => typeof x === "string") : [],
  };
}

/** A mailbox with the holiday source stored beside it. */
export interface MailboxWithHolidays {
  mailbox: Mailbox;
  holidays: HolidaySource | null;
}

export async function readMailboxWithHolidays(
  db: Firestore,
  org: string,
  id: string,
): Promise<MailboxWithHolidays | null> {
  const doc = await paths.mailbox(db, org, id).get();
  if (!doc.exists) return null;
  return {
    mailbox: toMailbox(id, doc.data() ?? {}, doc.createTime?.toMillis()),
    holidays: toHolidaySource(doc.get("holidaySource")),
  };
}

/**
 * Replaces a mailbox's calendar and holiday source in one transaction, bumping its version (the
 * calendar changed, so SLA summaries computed before are of an older version). Null: no such mailbox.
 */
export async function changeMailboxHolidays(
  db: Firestore,
  org: string,
  id: string,
  change: (current: MailboxWithHolidays) => { calendar: BusinessCalendar; holidays: HolidaySource | null },
): Promise<MailboxWithHolidays | null> {
  const ref = paths.mailbox(db, org, id);
  return db.runTransaction(async (tx) => {
    const doc = await tx.get(ref);
    if (!doc.exists) return null;
    const current = {
      mailbox: toMailbox(id, doc.data() ?? {}, doc.createTime?.toMillis()),
      holidays: toHolidaySource(doc.get("holidaySource")),
    };
    const { calendar, holidays } = change(current);
    const mailbox: Mailbox = { ...current.mailbox, calendar, version: current.mailbox.version + 1 };
    tx.update(ref, {
      calendar: calendarToStore(calendar),
      holidaySource: holidays,
      version: mailbox.version,
    });
    return { mailbox, holidays };
  });
}
