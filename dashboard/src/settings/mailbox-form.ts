/**
 * The mailbox settings form as plain strings (what inputs hold) and its translation into the
 * PUT /mailboxes/{id} body. Validation is the API's own: the shared request schema, then the SLA
 * policy and calendar checks the backend runs, so the form refuses exactly what the server would,
 * with the message next to the field. Error keys are request paths ("policy.tiers.low.…").
 */
import {
  DEFAULT_SLA_POLICY,
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

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const TIER_FIELDS = ["firstResponseMinutes", "nextResponseMinutes", "resolutionMinutes"] as const;
export type TierField = (typeof TIER_FIELDS)[number];

export interface MailboxForm {
  address: string;
  name: string;
  tiers: Record<Priority, Record<TierField, string>>;
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
}

export interface StoredMailbox {
  address: string;
  name?: string;
  policy?: SlaPolicy;
  calendar?: BusinessCalendar;
  routing?: { agents?: string[]; onCall?: string | null };
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
      Object.fromEntries(
        TIER_FIELDS.map((f) => [f, policy.tiers[p][f] === undefined ? "" : String(policy.tiers[p][f])]),
      ),
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
  };
}

function minutesOf(text: string, path: string, errors: Record<string, string>): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  if (!Number.isInteger(n)) {
    errors[path] = "expected a whole number of business minutes (or empty for no target)";
    return undefined;
  }
  return n;
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

/** The request the form stands for, or every problem keyed by request path. */
export function readMailboxForm(form: MailboxForm): FormResult {
  const errors: Record<string, string> = {};
  const tiers = Object.fromEntries(
    PRIORITIES.map((p) => [
      p,
      Object.fromEntries(
        TIER_FIELDS.flatMap((f) => {
          const minutes = minutesOf(form.tiers[p][f], `policy.tiers.${p}.${f}`, errors);
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
  };
  const parsed = putMailboxRequestSchema.safeParse(request, { error: describeIssue });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      // The threshold field is a percentage in the form, a fraction in the request.
      errors[path] ??=
        path === "policy.warningThreshold" ? "expected a percentage between 1 and 99" : issue.message;
    }
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
  try {
    validateCalendar(parsed.data.calendar);
  } catch (error) {
    return {
      ok: false,
      errors: { calendar: error instanceof Error ? error.message : "The calendar is invalid." },
    };
  }
  return { ok: true, request: parsed.data };
}

/** The message for a field, or for anything under it ("calendar.weekly.mon" covers "…mon[0][1]"). */
export function errorFor(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  return (
    errors[path] ??
    Object.entries(errors).find(([key]) => key.startsWith(`${path}.`) || key.startsWith(`${path}[`))?.[1]
  );
}
