/**
 * A target in business minutes as two inputs, hours and minutes ("40" h "0" min for 2400), and back.
 * Admins think of "40 hours", the API stores minutes; the form converts both ways.
 */
export interface HoursMinutes {
  hours: string;
  minutes: string;
}

export const NO_DURATION: HoursMinutes = { hours: "", minutes: "" };

export function toHoursMinutes(totalMinutes: number | undefined): HoursMinutes {
  if (totalMinutes === undefined) return NO_DURATION;
  return { hours: String(Math.floor(totalMinutes / 60)), minutes: String(totalMinutes % 60) };
}

const WHOLE = /^\d+$/;

/**
 * Whole minutes, or undefined for both inputs empty (no target). A sentence in `errors[path]` when
 * the inputs are not whole numbers or the minutes are 60 or more.
 */
export function readHoursMinutes(
  value: HoursMinutes,
  path: string,
  errors: Record<string, string>,
): number | undefined {
  const hours = value.hours.trim();
  const minutes = value.minutes.trim();
  if (hours === "" && minutes === "") return undefined;
  if ((hours !== "" && !WHOLE.test(hours)) || (minutes !== "" && !WHOLE.test(minutes))) {
    errors[path] = "Write whole hours and minutes, such as 40 h 0 min (leave both empty for no target).";
    return undefined;
  }
  const m = minutes === "" ? 0 : Number(minutes);
  if (m >= 60) {
    errors[path] = `${m} minutes is an hour or more: write it as hours and minutes (0 to 59).`;
    return undefined;
  }
  return (hours === "" ? 0 : Number(hours)) * 60 + m;
}
