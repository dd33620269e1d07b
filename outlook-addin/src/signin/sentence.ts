// What the sign-in dialog tells the pane when it cannot hand back a token: one sentence, no codes
// the user cannot act on.
import { ApiError } from "../api/client";

const MSAL_SENTENCES: Record<string, string> = {
  user_cancelled: "Microsoft sign-in was cancelled. Click Sign in to try again.",
  access_denied: "Microsoft sign-in was refused. Ask your admin to allow Baton for your account.",
  consent_required: "Your admin must consent to Baton in Microsoft Entra before you can sign in.",
  interaction_in_progress: "A Microsoft sign-in is already open. Finish it, or close it and try again.",
  endpoints_resolution_error: "Microsoft's sign-in service could not be reached. Check your connection.",
  no_network_connectivity: "Microsoft's sign-in service could not be reached. Check your connection.",
};

/** A sentence for what went wrong in signin.html (MSAL, the exchange, or the network). */
export function signInFailureSentence(error: unknown): string {
  // The backend's own sentence: not a member, unconnected tenant, ... (docs/security.md).
  if (error instanceof ApiError) return /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  const code = (error as { errorCode?: unknown }).errorCode;
  if (typeof code === "string") {
    return MSAL_SENTENCES[code] ?? `Microsoft sign-in failed (${code}). Try again.`;
  }
  return "Microsoft sign-in failed. Try again.";
}
