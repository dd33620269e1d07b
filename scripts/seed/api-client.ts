// A small client for the local stack: sign in to the Auth emulator over its REST API (as the web SDK
// would) and call the HTTP API with the ID token.

export interface StackUrls {
  authEmulator: string;
  apiBase: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string };
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

export async function callApi<T>(
  urls: StackUrls,
  token: string,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${urls.apiBase}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (parsed as ErrorBody | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? "http_error",
      `${method} ${path}: ${String(response.status)} ${error?.message ?? text}`,
    );
  }
  return parsed as T;
}
