/**
 * OnMessageSend (event-based activation, Smart Alerts). Runs in Outlook's event runtime: an HTML page
 * (commands.html) on the web, new Outlook and Mac, this file alone in classic Outlook on Windows
 * (Microsoft's JavaScript-only runtime: no localStorage, no cookies, no Office.onReady). So it uses only
 * what Microsoft documents there: OfficeRuntime.auth, roaming settings / OfficeRuntime.storage, fetch,
 * timers and ECMAScript built-ins.
 *
 * 1. Finds the conversation the task pane remembered for this Exchange conversation.
 * 2. If a teammate owns it or replied minutes ago: a Smart Alert ("Ana already replied 2 min ago —
 *    send anyway?") with Send Anyway (the manifest's PromptUser).
 * 3. Otherwise reports the reply (observe, outbound) so the first-response clock stops at the send.
 * When it cannot check (no token, backend down, over budget) it lets the send go and records why, and
 * the pane says so (handle-send.ts). The whole handler completes within about 4 s.
 *
 * Auth: the API accepts the Office SSO token directly (issue 3), so no Firebase SDK is loaded here.
 */
import { createApiClient } from "../api/client";
import { readConfig } from "../config";
import { recallConversation } from "./remembered";
import {
  associateLaunchEvent,
  completeSend,
  getSendToken,
  readOutgoingMessage,
  sharedStore,
} from "../office/send-event";
import { handleSend } from "./handle-send";
import { newSendId } from "./send-id";

function onMessageSendHandler(event: Office.MailboxEvent): Promise<void> {
  const store = sharedStore();
  const now = () => Date.now();
  const nextId = () => newSendId(now());
  return handleSend({
    readOutgoing: readOutgoingMessage,
    getToken: getSendToken,
    apiWith: (token) =>
      createApiClient({
        baseUrl: readConfig().apiBase,
        getToken: () => Promise.resolve(token),
        newRequestId: nextId,
      }),
    recall: (thread) => recallConversation(store, thread),
    now,
    newSendId: nextId,
    store,
    complete: (decision) => {
      completeSend(event, decision);
    },
    warn: (message) => {
      console.warn(message);
    },
  });
}

associateLaunchEvent("onMessageSendHandler", (event) => void onMessageSendHandler(event));
