/**
 * The org's Baton mailboxes, which decide whether a thread may be reported at all. They come from
 * GET /me (which carries nothing about the open thread) and are kept in the user's properties.
 */
import { callApi, type ApiResult } from "../gmail/backend";
import {
  readTeamMailboxes,
  writeMemberLanguage,
  writeTeamMailboxes,
  type TeamMailboxes,
} from "../gmail/user-store";
import { GMAIL_CARD_LIMITS } from "@baton/shared/limits";

type Failure = Extract<ApiResult<unknown>, { ok: false }>;

/** Mailboxes are added rarely: a list younger than this is used without asking. */
export const TEAM_MAILBOXES_TTL_MS = GMAIL_CARD_LIMITS.teamMailboxesTtl.value;
/**
 * A thread with none of the known mailboxes on it asks again once the list is this old, so a
 * mailbox added by an admin is recognised within minutes (the request names no thread).
 */
export const RECHECK_AFTER_MISS_MS = GMAIL_CARD_LIMITS.recheckAfterMiss.value;

function fetchTeamMailboxes(nowMs: number): TeamMailboxes | Failure {
  const me = callApi("me", {});
  if (!me.ok) return me;
  const addresses = me.body.mailboxes.map((m) => m.address);
  // The member's language setting rides on the same answer (null or absent: follow Gmail).
  writeMemberLanguage(me.body.language);
  return writeTeamMailboxes(addresses, nowMs);
}

/** The stored list while fresh, else GET /me; when that fails, a stale list still beats none. */
export function loadTeamMailboxes(nowMs: number): TeamMailboxes | Failure {
  const stored = readTeamMailboxes();
  if (stored !== null && nowMs - stored.fetchedAt < TEAM_MAILBOXES_TTL_MS) return stored;
  const fetched = fetchTeamMailboxes(nowMs);
  return "ok" in fetched && stored !== null ? stored : fetched;
}

/** After a thread matched none of `current`: a newer list if it is worth asking and it changed. */
export function recheckTeamMailboxes(current: TeamMailboxes, nowMs: number): TeamMailboxes | null {
  if (nowMs - current.fetchedAt < RECHECK_AFTER_MISS_MS) return null;
  const fetched = fetchTeamMailboxes(nowMs);
  if ("ok" in fetched) return null;
  const same =
    fetched.addresses.length === current.addresses.length &&
    fetched.addresses.every((address) => current.addresses.includes(address));
  return same ? null : fetched;
}
