/**
 * What the compose pane warns about before a reply goes out: a teammate replying to the same thread
 * right now (their `replying` presence), or one who already replied within RECENT_REPLY_MS (the send
 * check's window, so the pane and the Smart Alert agree). Pure: the pane and the tests feed it data.
 */
import { activePresence, agoText, nameLookup, type PresenceInput } from "@baton/shared/view";
import { RECENT_REPLY_MS } from "../commands/send-check";
import type { ConversationSeen } from "./api";

export interface ComposeWarning {
  kind: "replying" | "replied";
  email: string;
  text: string;
}

export function composeWarnings(
  input: {
    presence: readonly PresenceInput[];
    reply: ConversationSeen["reply"] | null;
    members: readonly { email: string; name?: string }[];
  },
  me: string,
  nowMs: number,
): ComposeWarning[] {
  const nameOf = nameLookup(input.members);
  // The read pane's reading of presence (others only, within PRESENCE_TTL_MS, once each, replying
  // first); here only those replying matter.
  const warnings: ComposeWarning[] = activePresence(input.presence, me, nowMs, nameOf)
    .filter((entry) => entry.state === "replying")
    .map((entry) => ({ kind: "replying", email: entry.email, text: `${entry.name} is replying` }));
  const replier = input.reply?.lastReplyBy?.toLowerCase() ?? null;
  const at = input.reply?.lastOutboundAt ?? null;
  if (replier !== null && replier !== me.toLowerCase() && at !== null && nowMs - at <= RECENT_REPLY_MS) {
    warnings.push({
      kind: "replied",
      email: replier,
      text: `${nameOf(replier)} replied ${agoText(at, nowMs)}`,
    });
  }
  return warnings;
}
