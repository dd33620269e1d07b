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

/**
 * The SSO fallback: opens the sign-in page in an Office dialog, which posts the Firebase custom token
 * back with Office.context.ui.messageParent.
 */
export function openSignInDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    office().context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status !== office().AsyncResultStatus.Succeeded) {
        reject(new Error(result.error.message));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(office().EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        if ("message" in arg) resolve(arg.message);
        else reject(new Error("The sign-in window was closed."));
      });
    });
  });
}
