/** Days of the local week, Monday first (ISO 8601), as calendars spell them. */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** How explanations and countdowns write a weekday: "Mon 09:00". */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

/**
 * Business hours of one team, in the team's own zone. Treated as an immutable value: compiled
 * calendars are cached per object, so mutate a copy, never a calendar already in use.
 */
export interface BusinessCalendar {
  /** IANA zone, e.g. "Europe/Amsterdam". */
  timeZone: string;
  /** Local "HH:MM" windows per weekday, end exclusive; "24:00" is 00:00 of the next date. */
  weekly: Partial<Record<Weekday, Array<[string, string]>>>;
  /** Local dates "YYYY-MM-DD" that are closed all day. */
  holidays?: string[];
}
