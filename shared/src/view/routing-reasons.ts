import type { Conversation } from "../conversation/types";
import { routedReasonEvent } from "../conversation/routed";
import { explainRoutedEvent } from "../routing/explain";

/**
 * Why the conversation has the owner, mailbox, priority, status and tags routing gave it, oldest
 * first: "Assigned to Ana by round-robin (Ben away, Chen at capacity)", "Tagged billing by rule
 * 'Invoices'". Only decisions still in force are kept on the conversation (conversation/routed.ts),
 * so one a person has since overruled is not explained. `names`: display names by lower-cased address.
 */
export function routingReasons(
  conversation: Pick<Conversation, "routed">,
  names: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  for (const reason of conversation.routed ?? []) {
    const line = explainRoutedEvent(routedReasonEvent(reason), names);
    if (line !== null) out.push(line);
  }
  return out;
}
