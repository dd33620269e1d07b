/**
 * The sentence a lost claim race shows, from the 409 already_claimed details {owner, since}, worded
 * once in @baton/shared/view for both add-ins. Never a silent failure: the pane shows this and
 * re-renders with the winner.
 */
import { lostRaceText, nameLookup } from "@baton/shared/view";
import type { Member } from "../api/client";

export function claimRaceMessage(details: Record<string, unknown>, members: Member[], nowMs: number): string {
  return lostRaceText(details, nameLookup(members), nowMs);
}
