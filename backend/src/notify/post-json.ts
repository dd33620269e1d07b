import type { WebhookUrlPolicy } from "@baton/shared";
import { PermanentError } from "./retry";
import { safePost } from "./safe-post";

/**
 * Sends one HTTP request; injected so tests and the emulator can count or fake it. `policy` says
 * whether loopback targets are allowed (the emulator's test receivers) or only public hosts.
 */
export type HttpPost = (
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: WebhookUrlPolicy,
) => Promise<number>;

/** POST to a checked target with a timeout, never following redirects, answering the status code. */
export const fetchPost: HttpPost = safePost;

/**
 * Posts and turns the status into the retry decision: 2xx is done; 408, 429 and 5xx are worth
 * another try; any other status will fail the same way again (bad URL, revoked webhook, a redirect
 * we refuse to follow). A refused target (RefusedTargetError) is permanent too.
 */
export async function postOrThrow(
  post: HttpPost,
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: WebhookUrlPolicy,
): Promise<void> {
  const status = await post(url, body, headers, policy);
  if (status >= 200 && status < 300) return;
  const message =
    status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`;
  if (status === 408 || status === 429 || status >= 500) throw new Error(message);
  throw new PermanentError(message);
}
