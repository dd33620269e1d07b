/**
 * Compose pane entry (compose.html): waits for Office (or the workbench stand-in), finds the Baton
 * conversation the reply answers, signs in and renders. The conversation comes from what the read
 * pane remembered for this Exchange conversationId (the same store the send check reads): compose
 * mode has no Message-ID and Office.js gives no In-Reply-To there, so a reply to a thread the pane
 * has never shown cannot be matched yet, and the pane says so.
 */
import { render } from "preact";
import { recallConversation } from "../commands/remembered";
import { readConfig } from "../config";
import { waitForHost } from "../office/adapter";
import { sharedStore } from "../office/send-event";
import { followHostTheme } from "../office/theme";
import { createComposeApi } from "./api";
import { ComposeApp } from "./App";
import { readComposeContext } from "./host";
import { tokenSource } from "./token";

export const NOT_A_REPLY =
  "Templates fill in a conversation's details: open this pane on a reply to, or a forward of, a team conversation.";
export const NOT_REMEMBERED =
  "Baton does not know this conversation yet. Open the customer's message with the Baton pane once, then open Templates again.";

function message(root: HTMLElement, text: string): void {
  render(
    <main class="pane">
      <h1 class="subtitle">Templates</h1>
      <p data-testid="compose-unavailable">{text}</p>
    </main>,
    root,
  );
}

async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (root === null) return;
  root.textContent = "";
  const config = readConfig();
  const host = await waitForHost();
  // The read pane's theme code: Office's theme and OfficeThemeChanged, else prefers-color-scheme.
  followHostTheme();
  const context = host.inOutlook ? await readComposeContext() : null;
  if (context === null || context.conversationId === null || context.composeType === "newMail") {
    message(root, NOT_A_REPLY);
    return;
  }
  const remembered = await recallConversation(sharedStore(), context.conversationId);
  if (remembered === null) {
    message(root, NOT_REMEMBERED);
    return;
  }
  const as = config.demoPassword === null ? null : new URLSearchParams(location.hash.slice(1)).get("as");
  const tokens = tokenSource(config, as);
  const api = createComposeApi({
    baseUrl: config.apiBase,
    getToken: () => tokens.get(),
    target: config.target,
  });
  render(<ComposeApp api={api} conversationKey={remembered.key} me={context.signedInAs} />, root);
}

void boot();
