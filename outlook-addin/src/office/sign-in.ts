// Signing in from the task pane: Office SSO first, the Office dialog as its fallback.
import { office, type OfficeApi } from "./office-api";

/**
 * Office SSO: an access token for our own API (the WebApplicationInfo resource). Rejects with the
 * Office error code when SSO is unavailable (13xxx); the caller then falls back to the dialog.
 */
export async function getSsoToken(): Promise<string> {
  const auth = (office() as Partial<OfficeApi>).auth;
  if (auth === undefined) throw new SsoUnavailableError(13012, "Office SSO is not available here.");
  try {
    return await auth.getAccessToken({
      allowSignInPrompt: true,
      allowConsentPrompt: true,
      forMSGraphAccess: false,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new SsoUnavailableError(typeof code === "number" ? code : 13000, "Office SSO failed.");
  }
}

export class SsoUnavailableError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** The dialog's outcome when it is not a token: its message is a sentence for the pane. */
export class SignInDialogError extends Error {}

/** What signin.html sends back with Office.context.ui.messageParent, as JSON. */
export type SignInDialogMessage = { customToken: string } | { error: string };

/** Reads the dialog's message; anything else is a sentence for the pane, never a token. */
export function parseSignInMessage(message: string): SignInDialogMessage {
  try {
    const parsed = JSON.parse(message) as Partial<Record<"customToken" | "error", unknown>>;
    if (typeof parsed.customToken === "string" && parsed.customToken !== "")
      return { customToken: parsed.customToken };
    if (typeof parsed.error === "string" && parsed.error !== "") return { error: parsed.error };
  } catch {
    // Falls through: not JSON.
  }
  return { error: "The sign-in window sent back something Baton does not understand. Try again." };
}

// Office dialog error codes (DialogEventReceived), from "Use the Office dialog API".
const DIALOG_EVENT_SENTENCES: Record<number, string> = {
  12002: "The sign-in page could not be opened. Check your connection and try again.",
  12003: "The sign-in page must be served over HTTPS.",
  12006: "The sign-in window was closed before you finished signing in. Click Sign in to try again.",
  12009: "Your browser blocked the sign-in window. Allow pop-ups for Outlook and try again.",
};

/** The sentence for an Office dialog error code (DialogEventReceived or displayDialogAsync). */
export function dialogErrorSentence(code: number): string {
  return DIALOG_EVENT_SENTENCES[code] ?? `The sign-in window failed (Office error ${code}). Try again.`;
}

/**
 * The SSO fallback: opens the sign-in page (signin.html) in an Office dialog, which signs in with
 * Microsoft, exchanges that token for a Firebase custom token and sends `{customToken}` or `{error}`
 * back as JSON. Resolves with the custom token; rejects with a sentence the pane shows.
 */
export function openSignInDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    office().context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status !== office().AsyncResultStatus.Succeeded) {
        reject(new SignInDialogError(dialogErrorSentence(result.error.code)));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(office().EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        // DialogOrigin 1.1 reports the sender: only our own page's token is taken.
        const origin = "origin" in arg ? arg.origin : undefined;
        if (origin !== undefined && origin !== new URL(url).origin) {
          reject(new SignInDialogError("The sign-in answer did not come from Baton's own page. Try again."));
          return;
        }
        const answer = "message" in arg ? parseSignInMessage(arg.message) : null;
        if (answer !== null && "customToken" in answer) resolve(answer.customToken);
        else reject(new SignInDialogError(answer?.error ?? dialogErrorSentence(12006)));
      });
      // Closing the window, a page that fails to load or a navigation away from HTTPS arrive here.
      dialog.addEventHandler(office().EventType.DialogEventReceived, (arg) => {
        reject(new SignInDialogError(dialogErrorSentence("error" in arg ? arg.error : 12006)));
      });
    });
  });
}
