import { PermanentError } from "./retry";

/** Sends one HTTP request; injected so tests and the emulator can count or fake it. */
export type HttpPost = (url: string, body: string, headers: Record<string, string>) => Promise<number>;

const TIMEOUT_MS = 10_000;

/** POST with a timeout, answering the status code (fetch, Node 20). */
export const fetchPost: HttpPost = async (url, body, headers) => {
  const response = await fetch(url, {
    method: "POST",
    body,
    headers,
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: "error",
  });
  // Drain the body so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
};

/**
 * Posts and turns the status into the retry decision: 2xx is done; 408, 429 and 5xx are worth
 * another try; any other 4xx will fail the same way again (bad URL, revoked webhook).
 */
export async function postOrThrow(
  post: HttpPost,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<void> {
  const status = await post(url, body, headers);
  if (status >= 200 && status < 300) return;
  const message = `HTTP ${status}`;
  if (status === 408 || status === 429 || status >= 500) throw new Error(message);
  throw new PermanentError(message);
}
