/**
 * What the compose pane warns about before a reply goes out: a teammate replying to the same thread
 * right now (their `replying` presence), or one who already replied within RECENT_REPLY_MS (the send
 * check's window, so the pane and the Smart Alert agree). Pure: the pane and the tests feed it data.
 */
import { agoText, nameLookup, PRESENCE_TTL_MS } from "@baton/shared/view";
import { RECENT_REPLY_MS } from "../commands/send-check";

export interface PresenceSeen {
  email: string;
  state: "viewing" | "replying";
  at: number;
}

export interface ReplySeen {
  lastReplyBy: string | null;
  lastOutboundAt: number | null;
}

export interface ComposeWarning {
  kind: "replying" | "replied";
  email: string;
  text: string;
}

/** Everyone else whose `replying` heartbeat still holds, each once, most recent first. */
export function othersReplying(presence: readonly PresenceSeen[], me: string, nowMs: number): PresenceSeen[] {
  const self = me.toLowerCase();
  const seen = new Map<string, PresenceSeen>();
  for (const entry of [...presence].sort((a, b) => b.at - a.at)) {
    const email = entry.email.toLowerCase();
    if (email === self || entry.state !== "replying" || nowMs - entry.at > PRESENCE_TTL_MS) continue;
    if (!seen.has(email)) seen.set(email, { ...entry, email });
  }
  return [...seen.values()];
}

export function composeWarnings(
  input: {
    presence: readonly PresenceSeen[];
    reply: ReplySeen | null;
    members: readonly { email: string; name?: string }[];
  },
  me: string,
  nowMs: number,
): ComposeWarning[] {
  const nameOf = nameLookup(input.members);
  const warnings: ComposeWarning[] = othersReplying(input.presence, me, nowMs).map((entry) => ({
    kind: "replying",
    email: entry.email,
    text: `${nameOf(entry.email)} is replying`,
  }));
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
