import type { Conversation } from "../conversation/types";
import { routedReasonEvent } from "../conversation/routed";
import type { Translator } from "../i18n/translator";
import { explainRoutedEvent } from "../routing/explain";
import { englishTranslator } from "./english";

/**
 * Why the conversation has the owner, mailbox, priority, status and tags routing gave it, oldest
 * first: "Assigned to Ana by round-robin (Ben away, Chen at capacity)", "Tagged billing by rule
 * 'Invoices'". Only decisions still in force are kept on the conversation (conversation/routed.ts),
 * so one a person has since overruled is not explained. Said by `t` (English when absent). `names`: display names by lower-cased address.
 */
export function routingReasons(
  conversation: Pick<Conversation, "routed">,
  names: ReadonlyMap<string, string>,
  t: Translator = englishTranslator(),
): string[] {
  const out: string[] = [];
  for (const reason of conversation.routed ?? []) {
    const line = explainRoutedEvent(routedReasonEvent(reason), names, t);
    if (line !== null) out.push(line);
  }
  return out;
}
