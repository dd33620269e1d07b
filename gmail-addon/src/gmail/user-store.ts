/**
 * Small per-user memory in PropertiesService user properties (readable only by this user's runs of
 * the add-on): the shared mailbox addresses learned from the backend's answers.
 */
const KNOWN_MAILBOXES = "baton.knownMailboxes";
/** A user belongs to a handful of mailboxes; the bound keeps the property far below its 9 KB limit. */
const MAX_KNOWN = 50;

export function readKnownMailboxes(): string[] {
  const raw = PropertiesService.getUserProperties().getProperty(KNOWN_MAILBOXES);
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function rememberMailboxes(addresses: string[]): void {
  const known = readKnownMailboxes();
  const merged = [...new Set([...addresses.map((a) => a.toLowerCase()), ...known])].slice(0, MAX_KNOWN);
  if (merged.length === known.length && merged.every((address, index) => address === known[index])) return;
  PropertiesService.getUserProperties().setProperty(KNOWN_MAILBOXES, JSON.stringify(merged));
}

const MAILBOXES_CHECKED_AT = "baton.mailboxesCheckedAt";

/** When GET /me was last asked for the team's mailboxes (epoch ms), or null if never. */
export function readMailboxesCheckedAt(): number | null {
  const raw = PropertiesService.getUserProperties().getProperty(MAILBOXES_CHECKED_AT);
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) ? value : null;
}

export function markMailboxesChecked(nowMs: number): void {
  PropertiesService.getUserProperties().setProperty(MAILBOXES_CHECKED_AT, String(nowMs));
}
