import { GMAIL_CARD_LIMITS } from "@baton/shared/limits";

/**
 * Small per-user memory in PropertiesService user properties (readable only by this user's runs of
 * the add-on): the org's Baton mailbox addresses as GET /me last gave them, and when. User
 * properties rather than CacheService because the list decides whether a thread's headers may leave
 * Gmail at all: an evicted cache would mean a GET /me on every open.
 */
const TEAM_MAILBOXES = "baton.teamMailboxes";
/** An org has a handful of mailboxes; the bound keeps the property far below its 9 KB limit. */
const MAX_MAILBOXES = GMAIL_CARD_LIMITS.teamMailboxesRemembered.value;

export interface TeamMailboxes {
  /** Bare, lower-cased addresses of the org's Baton mailboxes. */
  addresses: string[];
  /** When GET /me answered with them (epoch ms). */
  fetchedAt: number;
}

export function readTeamMailboxes(): TeamMailboxes | null {
  const raw = PropertiesService.getUserProperties().getProperty(TEAM_MAILBOXES);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as { addresses?: unknown; fetchedAt?: unknown };
    if (!Array.isArray(parsed.addresses) || typeof parsed.fetchedAt !== "number") return null;
    const addresses = parsed.addresses.filter((item): item is string => typeof item === "string");
    return { addresses, fetchedAt: parsed.fetchedAt };
  } catch {
    return null;
  }
}

export function writeTeamMailboxes(addresses: string[], fetchedAt: number): TeamMailboxes {
  const stored = {
    addresses: [...new Set(addresses.map((a) => a.trim().toLowerCase()))].slice(0, MAX_MAILBOXES),
    fetchedAt,
  };
  PropertiesService.getUserProperties().setProperty(TEAM_MAILBOXES, JSON.stringify(stored));
  return stored;
}

/**
 * The member's own language setting as GET /me last gave it ("en", "nl"; absent or null: follow
 * Gmail's locale). Kept beside the team's mailboxes because the same GET /me answers both, and read
 * once per execution to pick the cards' language without a request of its own.
 */
const MEMBER_LANGUAGE = "baton.language";
/** A language code is a few letters; anything longer is not one and is not stored. */
const MAX_LANGUAGE_LENGTH = 8;

export function readMemberLanguage(): string | null {
  return PropertiesService.getUserProperties().getProperty(MEMBER_LANGUAGE);
}

export function writeMemberLanguage(language: unknown): void {
  const properties = PropertiesService.getUserProperties();
  if (typeof language === "string" && language.length > 0 && language.length <= MAX_LANGUAGE_LENGTH)
    properties.setProperty(MEMBER_LANGUAGE, language);
  else properties.deleteProperty(MEMBER_LANGUAGE);
}
