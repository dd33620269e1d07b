/**
 * The compose trigger (a draft opened, or the add-on opened beside one): report `replying` on the
 * conversation the draft answers and warn when a teammate is replying or just replied.
 *
 * Apps Script runs only when the user acts, so a compose card cannot heartbeat: it reports
 * `replying` when it opens and again on each of its buttons, and the backend's presence expiry ends
 * it when the user sends, discards or goes quiet (there is no event for a sent or closed draft).
 */
import type { ConversationResponse } from "@baton/shared";
import { buildComposeCard } from "../cards/compose-card";
import { composeWarnings } from "../cards/compose-warnings";
import type { Card, CardSection } from "../cards/model";
import { call, callEach, type ApiResult } from "../gmail/backend";
import { myEmail } from "../gmail/session";
import { readThreadMemo } from "../gmail/thread-memo";

type Event = GoogleAppsScript.Addons.EventObject;

/**
 * The team conversation the draft replies to: Gmail gives a reply draft's thread id (draftAccess
 * METADATA), and the add-on remembers which conversation it reported that thread as. A new message,
 * or a thread this user's add-on has not reported in the last 6 hours, has none.
 */
export function draftConversationKey(event: Event): string | null {
  const threadId = (event.gmail as { threadId?: string } | undefined)?.threadId;
  if (threadId === undefined || threadId === "") return null;
  return readThreadMemo(threadId)?.conversationKey ?? null;
}

/** Report `replying` and read the conversation in ONE fetchAll; presence is best effort. */
export function replyingOn(key: string): ApiResult<ConversationResponse> {
  const [, conversation] = callEach([
    call("presence", { params: { key }, body: { state: "replying" } }),
    call("getConversation", { params: { key } }),
  ]);
  return conversation;
}

/** The compose card's top: warnings from the conversation, or why there are none to give. */
export function composeCard(event: Event, nowMs: number, sections: readonly CardSection[] = []): Card {
  const key = draftConversationKey(event);
  if (key === null) return buildComposeCard({ subject: null, warnings: [], notice: null, sections });
  const result = replyingOn(key);
  if (!result.ok)
    return buildComposeCard({
      subject: null,
      warnings: [],
      notice: `Baton could not check who else is replying (${result.message}).`,
      sections,
    });
  const { view, conversation } = result.body;
  return buildComposeCard({
    subject: view.subject,
    warnings: composeWarnings(view, conversation, myEmail(), nowMs),
    notice: null,
    sections,
  });
}
