// A small client for the local stack: sign in to the Auth emulator over its REST API (as the web SDK
// would) and call the HTTP API with the ID token through the one client.
import {
  createFetchClient,
  validateReply,
  type RequestInput,
  type RouteName,
  type RouteResponse,
} from "@baton/shared/api";

export interface StackUrls {
  authEmulator: string;
  apiBase: string;
}

export async function signIn(urls: StackUrls, email: string, password: string): Promise<string> {
  // The Auth emulator accepts any API key.
  const url = `${urls.authEmulator}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password, returnSecureToken: true }),
  });
  const body = (await response.json()) as { idToken?: string; error?: { message?: string } };
  if (!response.ok || !body.idToken) {
    throw new Error(`Sign-in of ${email} failed: ${body.error?.message ?? String(response.status)}`);
  }
  return body.idToken;
}

/**
 * The one client (@baton/shared/api) over fetch, signed in as one member. The seed can carry zod, so
 * every answer is also checked against its route's schema: a contract drift fails the seed loudly.
 */
export function apiAs(urls: StackUrls, token: string) {
  const client = createFetchClient({ baseUrl: urls.apiBase, getToken: () => token });
  return async <N extends RouteName>(name: N, input: RequestInput<N>): Promise<RouteResponse<N>> =>
    validateReply(name, await client.call(name, input));
}
