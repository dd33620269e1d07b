/**
 * The mailbox settings form as plain strings (what inputs hold) and its translation into the
 * PUT /mailboxes/{id} body. Validation is the API's own: the shared request schema, then the SLA
 * policy and calendar checks the backend runs, so the form refuses exactly what the server would,
 * with the message next to the field. Error keys are request paths ("policy.tiers.low.…").
 */
import {
  DEFAULT_SLA_POLICY,
  findNonMember,
  notAMemberSentence,
  formatPath,
  PRIORITIES,
  putMailboxRequestSchema,
  validateCalendar,
  validateSlaPolicy,
  describeIssue,
  type BusinessCalendar,
  type ParsedPutMailboxRequest,
  type Priority,
  type SlaPolicy,
  type Weekday,
} from "@baton/shared";
import { readHoursMinutes, toHoursMinutes, type HoursMinutes } from "./duration-fields";

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const TIER_FIELDS = ["firstResponseMinutes", "nextResponseMinutes", "resolutionMinutes"] as const;
export type TierField = (typeof TIER_FIELDS)[number];

export interface MailboxForm {
  address: string;
  name: string;
  /** Targets in business time as hours and minutes; both empty = no target. */
  tiers: Record<Priority, Record<TierField, HoursMinutes>>;
  /** Percent, "75". */
  warningPercent: string;
  pausePending: boolean;
  pauseSnoozed: boolean;
  timeZone: string;
  /** "09:00-17:00, 18:00-20:00" per weekday; empty = closed. */
  weekly: Record<Weekday, string>;
  /** One date per line (or comma separated). */
  holidays: string;
  /** Comma separated emails; empty = every member. */
  agents: string;
  onCall: string;
  /** The customer survey on resolve (issue 17) and its language. */
  csatEnabled: boolean;
  csatLanguage: "en" | "nl";
}

export interface StoredMailbox {
  address: string;
  name?: string;
  policy?: SlaPolicy;
  calendar?: BusinessCalendar;
  routing?: { agents?: string[]; onCall?: string | null };
  csat?: { enabled?: boolean; language?: string };
}

export type FormResult =
  { ok: true; request: ParsedPutMailboxRequest } | { ok: false; errors: Record<string, string> };

const OFFICE_HOURS: BusinessCalendar = {
  timeZone: "UTC",
  weekly: {
    mon: [["09:00", "17:00"]],
    tue: [["09:00", "17:00"]],
    wed: [["09:00", "17:00"]],
    thu: [["09:00", "17:00"]],
    fri: [["09:00", "17:00"]],
  },
};

/**
 * Firestore cannot hold arrays inside arrays, so stored windows may be `{from, to}` maps (the seed
 * writes them so) rather than `[from, to]` pairs: read both.
 */
function windowText(window: unknown): string {
  if (Array.isArray(window)) return `${String(window[0])}-${String(window[1])}`;
  const w = window as { from?: unknown; to?: unknown };
  return `${String(w.from)}-${String(w.to)}`;
}

export function toMailboxForm(mailbox: StoredMailbox): MailboxForm {
  const policy = mailbox.policy ?? DEFAULT_SLA_POLICY;
  const calendar = mailbox.calendar ?? OFFICE_HOURS;
  const tiers = Object.fromEntries(
    PRIORITIES.map((p) => [
      p,
      Object.fromEntries(TIER_FIELDS.map((f) => [f, toHoursMinutes(policy.tiers[p][f])])),
    ]),
  ) as MailboxForm["tiers"];
  const weekly = Object.fromEntries(
    WEEKDAYS.map((d) => [d, ((calendar.weekly[d] ?? []) as unknown[]).map(windowText).join(", ")]),
  ) as Record<Weekday, string>;
  return {
    address: mailbox.address,
    name: mailbox.name ?? mailbox.address,
    tiers,
    warningPercent: String(Math.round(policy.warningThreshold * 100)),
    pausePending: policy.pauseStatuses.includes("pending"),
    pauseSnoozed: policy.pauseStatuses.includes("snoozed"),
    timeZone: calendar.timeZone,
    weekly,
    holidays: (calendar.holidays ?? []).join("\n"),
    agents: (mailbox.routing?.agents ?? []).join(", "),
    onCall: mailbox.routing?.onCall ?? "",
    csatEnabled: mailbox.csat?.enabled === true,
    csatLanguage: mailbox.csat?.language === "nl" ? "nl" : "en",
  };
}

function windowsOf(text: string, path: string, errors: Record<string, string>): Array<[string, string]> {
  const chunks = text
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const out: Array<[string, string]> = [];
  for (const chunk of chunks) {
    const match = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(chunk);
    if (match === null) {
      errors[path] = `"${chunk}": write hours as 09:00-17:00, several separated by commas`;
      return [];
    }
    out.push([(match[1] ?? "").padStart(5, "0"), (match[2] ?? "").padStart(5, "0")]);
  }
  return out;
}

/** A year of business time: the API's bound on a target (525,600 minutes), as the form words it. */
const TARGET_BOUND = "A target is at most a year: 8760 hours.";

/**
 * The calendar's problem at the field it belongs to: each weekday checked on its own (so a reversed
 * window marks that day, not the holidays), then the zone, then the holidays.
 */
function calendarErrors(calendar: BusinessCalendar): Record<string, string> {
  const problem = (candidate: BusinessCalendar): string | null => {
    try {
      validateCalendar(candidate);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : "The calendar is invalid.";
    }
  };
  const errors: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const windows = calendar.weekly[day];
    if (windows === undefined) continue;
    const message = problem({ timeZone: "UTC", weekly: { [day]: windows } });
    if (message !== null) errors[`calendar.weekly.${day}`] = message;
  }
  const zone = problem({ timeZone: calendar.timeZone, weekly: { mon: [["00:00", "24:00"]] } });
  if (zone !== null) errors["calendar.timeZone"] = zone;
  const holidays = problem({
    timeZone: "UTC",
    weekly: { mon: [["00:00", "24:00"]] },
    holidays: calendar.holidays ?? [],
  });
  if (holidays !== null) errors["calendar.holidays"] = holidays;
  if (Object.keys(errors).length === 0) {
    const whole = problem(calendar);
    if (whole !== null) errors["calendar.weekly"] = whole;
  }
  return errors;
}

/**
 * The request the form stands for, or every problem keyed by request path. `members` (the org's
 * addresses, lower case): the on-call and the agents must be among them, as the API checks.
 */
export function readMailboxForm(form: MailboxForm, members?: ReadonlySet<string>): FormResult {
  const errors: Record<string, string> = {};
  const tiers = Object.fromEntries(
    PRIORITIES.map((p) => [
      p,
      Object.fromEntries(
        TIER_FIELDS.flatMap((f) => {
          const minutes = readHoursMinutes(form.tiers[p][f], `policy.tiers.${p}.${f}`, errors);
          return minutes === undefined ? [] : [[f, minutes]];
        }),
      ),
    ]),
  );
  const percent = Number(form.warningPercent.trim());
  const weekly = Object.fromEntries(
    WEEKDAYS.flatMap((d) => {
      const windows = windowsOf(form.weekly[d], `calendar.weekly.${d}`, errors);
      return windows.length === 0 ? [] : [[d, windows]];
    }),
  );
  const holidays = form.holidays.split(/[\s,]+/).filter((h) => h !== "");
  const agents = form.agents.split(/[\s,;]+/).filter((a) => a !== "");
  const request = {
    address: form.address,
    name: form.name,
    policy: {
      tiers,
      warningThreshold:
        Number.isFinite(percent) && form.warningPercent.trim() !== "" ? percent / 100 : Number.NaN,
      pauseStatuses: [...(form.pausePending ? ["pending"] : []), ...(form.pauseSnoozed ? ["snoozed"] : [])],
    },
    calendar: { timeZone: form.timeZone.trim(), weekly, holidays },
    routing: { agents, onCall: form.onCall.trim() === "" ? null : form.onCall.trim() },
    csat: { enabled: form.csatEnabled, language: form.csatLanguage },
  };
  const parsed = putMailboxRequestSchema.safeParse(request, { error: describeIssue });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      // The threshold field is a percentage in the form, a fraction in the request.
      errors[path] ??=
        path === "policy.warningThreshold"
          ? "expected a percentage between 1 and 99"
          : path.startsWith("policy.tiers.") && issue.code === "too_big"
            ? TARGET_BOUND
            : issue.message;
    }
  }
  if (members !== undefined && parsed.success) {
    const stranger = findNonMember(members, [
      ...(parsed.data.routing.onCall === null
        ? []
        : [["routing.onCall", parsed.data.routing.onCall] as const]),
      ...parsed.data.routing.agents.map((a) => ["routing.agents", a] as const),
    ]);
    if (stranger !== null) errors[stranger.field] = notAMemberSentence(stranger.email);
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const policyError = validateSlaPolicy(parsed.data.policy);
  if (policyError !== null) {
    const field = policyError.details?.field;
    return {
      ok: false,
      errors: { [`policy.${typeof field === "string" ? field : ""}`]: policyError.message },
    };
  }
  const calendarProblems = calendarErrors(parsed.data.calendar);
  if (Object.keys(calendarProblems).length > 0) return { ok: false, errors: calendarProblems };
  return { ok: true, request: parsed.data };
}

/** The message for a field, or for anything under it ("calendar.weekly.mon" covers "…mon[0][1]"). */
export function errorFor(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  return (
    errors[path] ??
    Object.entries(errors).find(([key]) => key.startsWith(`${path}.`) || key.startsWith(`${path}[`))?.[1]
  );
}

/**
 * A new mailbox's form: Baton's default SLA targets (DEFAULT_SLA_POLICY, said by
 * defaultTargetsSentence) and office hours Monday to Friday in the given zone (the admin's own).
 */
export function newMailboxForm(timeZone: string): MailboxForm {
  return { ...toMailboxForm({ address: "", name: "" }), name: "", timeZone };
}

/**
 * The id a new mailbox is stored under: its address, lower case (what the API's mailbox ids allow),
 * so the id says which mailbox it is and a second save of the same address edits it.
 */
export function mailboxIdOf(address: string): string {
  return address.trim().toLowerCase();
}

function durationText(minutes: number | undefined): string {
  if (minutes === undefined) return "none";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The defaults a new mailbox starts with, most urgent first ("urgent 30 min, high 1 h, …"). */
export function defaultTargetsSentence(): string {
  const list = (field: TierField) =>
    [...PRIORITIES]
      .reverse()
      .map((p) => `${p} ${durationText(DEFAULT_SLA_POLICY.tiers[p][field])}`)
      .join(", ");
  return `Filled in with Baton's defaults, in business hours: first response ${list("firstResponseMinutes")}; resolution ${list("resolutionMinutes")}. Change any of them.`;
}
