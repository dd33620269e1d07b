/**
 * What the compose card warns about before a reply goes out: a teammate replying right now (their
 * `replying` presence) or one who replied recently (the conversation's last outbound reply), the
 * two ways a customer gets two answers. Pure: the view, the conversation's reply facts, who I am, now.
 */
import { agoText, nameLookup } from "@baton/shared/view";
import { OUTLOOK_PANE_LIMITS } from "@baton/shared/limits";
import type { Translator } from "@baton/shared/i18n";
import type { SidebarView } from "./sidebar-view";

/**
 * A teammate's reply this recent makes another one likely a duplicate: the same window as the
 * Outlook send check's, so both clients warn about the same replies.
 */
export const RECENT_REPLY_MS = OUTLOOK_PANE_LIMITS.recentReply.value;

export interface ReplyFacts {
  lastReplyBy: string | null;
  lastOutboundAt: number | null;
}

export function composeWarnings(
  view: SidebarView,
  facts: ReplyFacts,
  me: string,
  nowMs: number,
  tr: Translator,
): string[] {
  const nameOf = nameLookup([
    ...view.buttons.assignees,
    ...view.presence,
    ...(view.ownerEmail === null ? [] : [{ email: view.ownerEmail, name: view.ownerName }]),
  ]);
  const warnings = view.presence
    .filter((entry) => entry.state === "replying")
    .map((entry) => tr.t("gmail.replyingNow", { name: entry.name }));
  const replier = facts.lastReplyBy?.toLowerCase() ?? null;
  if (
    replier !== null &&
    replier !== me.toLowerCase() &&
    facts.lastOutboundAt !== null &&
    nowMs - facts.lastOutboundAt <= RECENT_REPLY_MS
  )
    warnings.push(
      tr.t("gmail.repliedRecently", { name: nameOf(replier), ago: agoText(facts.lastOutboundAt, nowMs, tr) }),
    );
  return warnings;
}
