/**
 * The compose pane's bearer token, without the Firebase SDK (it is most of the read pane's bundle):
 * 1. Office SSO, sent as it is: the API accepts Microsoft's token directly, as the send check does;
 * 2. where SSO is unavailable, the read pane's dialog (signin.html), whose Firebase custom token is
 *    exchanged for an ID token through Identity Toolkit's REST API (what the SDK calls underneath);
 * 3. the local stack only: a demo member's password against the Auth emulator (the workbench).
 * A REST ID token is kept until TOKEN_REFRESH_MARGIN_MS before it expires, then refreshed.
 */
import type { FetchLike } from "@baton/shared/api";
import type { BatonConfig } from "../config";
import { getSsoToken, openSignInDialog } from "../office/sign-in";

/**
 * Firebase ID tokens live an hour; one refreshed this long before expiry never reaches the backend
 * expired, even with a slow request and a skewed clock.
 */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

interface Held {
  idToken: string;
  refreshToken: string;
  expiresAt: number;
}

function endpoints(config: BatonConfig) {
  // The emulator's address as the SDK's connectAuthEmulator takes it (a URL); a bare host:port too.
  const emulator = config.emulators?.auth ?? null;
  const auth =
    emulator === null
      ? null
      : /^https?:\/\//.test(emulator)
        ? emulator.replace(/\/$/, "")
        : `http://${emulator}`;
  const key = encodeURIComponent(config.firebase.apiKey);
  return {
    identity: (method: string) =>
      `${auth ?? "https:/"}/identitytoolkit.googleapis.com/v1/accounts:${method}?key=${key}`,
    refresh: `${auth ?? "https:/"}/securetoken.googleapis.com/v1/token?key=${key}`,
  };
}

async function post(
  fetchImpl: FetchLike,
  url: string,
  body: Record<string, unknown>,
  now: number,
): Promise<Held> {
  const response = await fetchImpl(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Partial<Record<string, string>> & {
    error?: { message?: string };
  };
  const idToken = answer.idToken ?? answer.id_token;
  const refreshToken = answer.refreshToken ?? answer.refresh_token;
  if (!response.ok || idToken === undefined || refreshToken === undefined)
    throw new Error(`Baton could not sign you in (${answer.error?.message ?? String(response.status)}).`);
  const seconds = Number(answer.expiresIn ?? answer.expires_in ?? "3600");
  return { idToken, refreshToken, expiresAt: now + seconds * 1000 };
}

export interface TokenSource {
  get(): Promise<string>;
}

/** Signs in once (see above) and hands out a token that is always fresh enough to send. */
export function tokenSource(
  config: BatonConfig,
  demoMember: string | null,
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
  now: () => number = () => Date.now(),
): TokenSource {
  const urls = endpoints(config);
  let held: Held | null = null;
  let sso = true;

  async function signIn(): Promise<string> {
    if (demoMember !== null && config.demoPassword !== null) {
      held = await post(
        fetchImpl,
        urls.identity("signInWithPassword"),
        { email: demoMember, password: config.demoPassword, returnSecureToken: true },
        now(),
      );
      return held.idToken;
    }
    if (sso) {
      try {
        // Office caches it and refreshes it itself: asked for on every call.
        return await getSsoToken();
      } catch {
        sso = false;
      }
    }
    const customToken = await openSignInDialog(`${location.origin}/signin.html`);
    held = await post(
      fetchImpl,
      urls.identity("signInWithCustomToken"),
      { token: customToken, returnSecureToken: true },
      now(),
    );
    return held.idToken;
  }

  let pending: Promise<string> | null = null;
  return {
    get() {
      if (held !== null && held.expiresAt - TOKEN_REFRESH_MARGIN_MS > now())
        return Promise.resolve(held.idToken);
      // One sign-in or refresh at a time: concurrent calls share it.
      pending ??= (
        held === null
          ? signIn()
          : post(
              fetchImpl,
              urls.refresh,
              { grant_type: "refresh_token", refresh_token: held.refreshToken },
              now(),
            ).then((next) => (held = next).idToken)
      ).finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}
