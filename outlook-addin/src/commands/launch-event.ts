/**
 * OnMessageSend (event-based activation, Smart Alerts). Runs in Outlook's event runtime: an HTML page
 * (commands.html) on the web and new Outlook, this file alone in classic Outlook on Windows.
 *
 * 1. Finds the conversation the task pane remembered for this Exchange conversation.
 * 2. If a teammate owns it or replied minutes ago: a Smart Alert ("Ana already replied 2 min ago —
 *    send anyway?"), with Send Anyway (PromptUser). The reply is then reported when the thread is
 *    next observed, since the user may still cancel.
 * 3. Otherwise reports the reply (observe, outbound) so the first-response clock stops at the send,
 *    and lets it go. Any failure lets the send go: Baton must never block mail.
 *
 * Auth: the API accepts the Office SSO token directly (issue 3), so no Firebase SDK is loaded here.
 */
import { createApiClient } from "../api/client";
import { readConfig } from "../config";
import { associateLaunchEvent, completeSend, readOutgoingMessage, recallValue } from "../office/send-event";
import { getSsoToken } from "../office/sign-in";
import { decideSend, outboundObservation, type RememberedConversation, type SendContext } from "./send-check";
import { rememberedKey } from "./remembered";

async function onMessageSendHandler(event: Office.MailboxEvent): Promise<void> {
  try {
    const config = readConfig();
    const api = createApiClient<SendContext, unknown, unknown>({
      baseUrl: config.apiBase,
      getToken: getSsoToken,
    });
    const outgoing = await readOutgoingMessage();
    const stored =
      outgoing.conversationId === null ? null : await recallValue(rememberedKey(outgoing.conversationId));
    const remembered = stored === null ? null : (JSON.parse(stored) as RememberedConversation);
    if (remembered !== null) {
      const { conversation } = await api.get(remembered.key);
      const members = await api.me().then(
        (me) => me.members,
        () => [],
      );
      const decision = decideSend(conversation, outgoing.mailbox, members, Date.now());
      if (!decision.allow) {
        completeSend(event, decision);
        return;
      }
    }
    await api.observe(outboundObservation(outgoing, remembered, Date.now(), crypto.randomUUID()));
  } catch {
    // Baton being down or the user signed out must never stop mail: fall through and allow.
  }
  completeSend(event, { allow: true });
}

associateLaunchEvent("onMessageSendHandler", (event) => void onMessageSendHandler(event));
