/**
 * The sentence a lost claim race shows ("Ana claimed this 2 s ago"), from the 409 already_claimed
 * details {owner, since}. Never a silent failure: the pane shows this and re-renders with the winner.
 */
import type { Member } from "../api/client";

export function displayName(email: string, members: Member[]): string {
  const member = members.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
  if (member?.name !== undefined && member.name !== "") return member.name;
  const local = email.split("@")[0] ?? email;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

export function agoText(sinceMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - sinceMs) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.round(hours / 24)} d ago`;
}

export function claimRaceMessage(details: Record<string, unknown>, members: Member[], nowMs: number): string {
  const owner = typeof details.owner === "string" ? details.owner : null;
  const since = typeof details.since === "number" ? details.since : null;
  if (owner === null) return "A teammate claimed this a moment ago.";
  const name = displayName(owner, members);
  return since === null
    ? `${name} claimed this a moment ago.`
    : `${name} claimed this ${agoText(since, nowMs)}.`;
}
