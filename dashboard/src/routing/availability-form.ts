/**
 * A member's availability as an admin edits it (away until, skills, own cap, own working hours) and
 * its translation into PUT /members/{email}/availability, checked by the API's own schema and the
 * calendar check the backend runs. Error keys are request paths ("maxOpen", "workingHours.weekly.mon").
 */
import {
  describeIssue,
  formatPath,
  memberAvailabilityRequestSchema,
  validateCalendar,
  type MemberAvailabilityRequest,
  type Weekday,
} from "@baton/shared";

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export interface AvailabilityForm {
  /** A datetime-local value ("2026-03-02T09:00"), in the reader's zone; empty: not away. */
  awayUntil: string;
  /** Comma separated tags. */
  skills: string;
  /** Empty: the mailbox's cap applies. */
  maxOpen: string;
  /** Off: the mailbox calendar stands in for their hours. */
  ownHours: boolean;
  timeZone: string;
  /** "09:00-17:00, 18:00-20:00" per weekday; empty = not working. */
  weekly: Record<Weekday, string>;
}

export type AvailabilityResult =
  { ok: true; request: MemberAvailabilityRequest } | { ok: false; errors: Record<string, string> };

/** A member document's availability fields, read leniently (windows stored as pairs or {from, to}). */
export function toAvailabilityForm(
  doc: Record<string, unknown> | undefined,
  readerZone: string,
): AvailabilityForm {
  const d = doc ?? {};
  const stored: unknown = d.workingHours;
  const hours =
    typeof stored === "object" && stored !== null
      ? (stored as { timeZone?: unknown; weekly?: Record<string, unknown[] | undefined> })
      : null;
  const windowText = (w: unknown): string => {
    if (Array.isArray(w)) return `${String(w[0])}-${String(w[1])}`;
    const x = w as { from?: unknown; to?: unknown };
    return `${String(x.from)}-${String(x.to)}`;
  };
  return {
    awayUntil: typeof d.awayUntil === "number" && d.awayUntil > 0 ? localInputOf(d.awayUntil) : "",
    skills: Array.isArray(d.skills) ? d.skills.join(", ") : "",
    maxOpen: typeof d.maxOpen === "number" ? String(d.maxOpen) : "",
    ownHours: hours !== null,
    timeZone: typeof hours?.timeZone === "string" ? hours.timeZone : readerZone,
    weekly: Object.fromEntries(
      WEEKDAYS.map((day) => [day, (hours?.weekly?.[day] ?? []).map(windowText).join(", ")]),
    ) as Record<Weekday, string>,
  };
}

/** Epoch ms as a datetime-local value in the reader's zone ("2026-03-02T09:00"). */
export function localInputOf(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function windowsOf(text: string, path: string, errors: Record<string, string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const chunk of text
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "")) {
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
export function readAvailabilityForm(form: AvailabilityForm): AvailabilityResult {
  const errors: Record<string, string> = {};
  let awayUntil: string | null = null;
  if (form.awayUntil.trim() !== "") {
    const ms = new Date(form.awayUntil).getTime();
    if (Number.isNaN(ms)) errors.awayUntil = "expected a date and time";
    else awayUntil = new Date(ms).toISOString();
  }
  const cap = form.maxOpen.trim();
  const weekly = Object.fromEntries(
    WEEKDAYS.flatMap((day) => {
      const windows = windowsOf(form.weekly[day], `workingHours.weekly.${day}`, errors);
      return windows.length === 0 ? [] : [[day, windows]];
    }),
  );
  const request = {
    awayUntil,
    skills: form.skills
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    // Empty: leave the member's own cap out, so the mailbox's applies.
    ...(cap === "" ? {} : { maxOpen: Number(cap) }),
    ...(form.ownHours ? { workingHours: { timeZone: form.timeZone.trim(), weekly } } : {}),
  };
  const parsed = memberAvailabilityRequestSchema.safeParse(request, { error: describeIssue });
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (request.workingHours !== undefined) {
    try {
      validateCalendar(request.workingHours);
    } catch (error) {
      const message = error instanceof Error ? error.message : "The working hours are invalid.";
      return { ok: false, errors: { "workingHours.weekly": message } };
    }
  }
  return { ok: true, request };
}
