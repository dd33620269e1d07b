/**
 * signin.html: the Office dialog the task pane opens when Office SSO is unavailable (consent not
 * granted, older clients). It signs in with Microsoft through MSAL (authorization code + PKCE, a SPA
 * registration, no secret; this page is also the redirect target), exchanges the access token for our
 * API at POST /auth/exchange for a Firebase custom token, and hands `{customToken}` or `{error}` back to
 * the pane with Office.context.ui.messageParent (office/sign-in.ts openSignInDialog reads it).
 * MSAL lives in this entry only: the task pane's bundle never loads it.
 */
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { createApiClient } from "../api/client";
import { readConfig } from "../config";
import { office } from "../office/office-api";
import type { SignInDialogMessage } from "../office/sign-in";
import { signInFailureSentence } from "./sentence";

function show(text: string, role: "status" | "alert" = "status"): void {
  const status = document.getElementById("status");
  if (status === null) return;
  status.setAttribute("role", role);
  status.textContent = text;
}

async function messageParent(message: SignInDialogMessage): Promise<void> {
  await office().onReady();
  office().context.ui.messageParent(JSON.stringify(message));
}

async function signIn(): Promise<void> {
  const { microsoft, apiBase } = readConfig();
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: microsoft.clientId,
      authority: microsoft.authority,
      knownAuthorities: microsoft.knownAuthorities,
      // This page, whatever it is served as (the workbench serves its own copy of it).
      redirectUri: `${location.origin}${location.pathname}`,
    },
    system: { protocolMode: microsoft.protocolMode },
    // The dialog is its own browser window: nothing outlives it, and the pane shares no storage with it.
    cache: { cacheLocation: "sessionStorage" },
  });
  const result = await pca.handleRedirectPromise({ navigateToLoginRequestUrl: false });
  if (result === null) {
    show("Opening Microsoft sign-in…");
    await pca.acquireTokenRedirect({ scopes: microsoft.scopes, prompt: "select_account" });
    return;
  }
  show("Signing in to Baton…");
  const api = createApiClient({ baseUrl: apiBase, getToken: () => Promise.resolve(null) });
  const { customToken } = await api.exchange("microsoft", result.accessToken);
  await messageParent({ customToken });
  show("Signed in. You can close this window.");
}

signIn().catch(async (error: unknown) => {
  const sentence = signInFailureSentence(error);
  show(sentence, "alert");
  await messageParent({ error: sentence }).catch(() => {
    // Opened outside an Office dialog: the page itself shows the sentence.
  });
});
