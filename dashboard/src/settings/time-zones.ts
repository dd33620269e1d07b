/**
 * The time-zone picker's list: every IANA zone the browser knows (Intl.supportedValuesOf), which the
 * API's calendar check accepts too (it asks Intl the same question), with UTC always present.
 */
export function timeZoneOptions(): string[] {
  const supported = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", ...supported])].sort();
}

/** The reader's own zone: the sensible first value for a new mailbox's business hours. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Zones whose name contains every word typed ("new york", "amster"), case and "_" ignored. */
export function searchTimeZones(zones: readonly string[], query: string): string[] {
  const words = query
    .toLowerCase()
    .replace(/_/g, " ")
    .split(/[\s/]+/)
    .filter((w) => w !== "");
  return zones.filter((zone) => {
    const name = zone.toLowerCase().replace(/_/g, " ");
    return words.every((w) => name.includes(w));
  });
}
