// A customer's thread the API already knows (observed by Ana through the real API), as the Outlook
// stand-in's item in the org's support@ mailbox: what every Outlook end-to-end suite opens.
import { makeThread, observeBody, type TestOrg } from "../../../integration/support/fixtures";
import { call } from "../../../integration/support/stack";
import { standinItemFor } from "../../../../workbench/src/thread-item";

/** `to` addresses the customer's message to another address (an alias) instead of support@. */
export async function knownThread(org: TestOrg, to?: string) {
  const thread = makeThread(org.domain, "jo@customer.test", 1);
  const observed = await call<{ conversation: { key: string } }>(
    org.token("ana"),
    "POST",
    "/conversations/observe",
    observeBody(org, thread.messages, "outlook"),
  );
  if (observed.status !== 200) throw new Error(`observe answered ${observed.status}`);
  const message = thread.messages[0]!;
  const key = observed.body.conversation.key;
  const item = standinItemFor(key, { ...message, sentAt: Date.parse(message.sentAt) }, org.mailbox, to);
  return { key, item };
}
