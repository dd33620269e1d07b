import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkWebhookUrl, classifyIp, type WebhookUrlPolicy } from "@baton/shared";
import { PermanentError } from "./retry";
import { NOTIFICATION_LIMITS } from "@baton/shared/limits";

/** A target Baton will not send to (private address, wrong scheme): a permanent failure, never retried. */
export class RefusedTargetError extends PermanentError {}

/** One request to a receiver (the catalogue says why). */
const TIMEOUT_MS = NOTIFICATION_LIMITS.notifyTimeout.value;

/** Why any of the addresses a host resolved to is off limits, or null when all are public. */
export function refusalOfAddresses(
  hostname: string,
  addresses: readonly string[],
  policy: WebhookUrlPolicy,
): string | null {
  if (addresses.length === 0) return `${hostname} resolves to no address.`;
  for (const address of addresses) {
    const why = classifyIp(address);
    if (why === null || (why === "loopback" && policy.allowLoopback)) continue;
    return `${hostname} resolves to ${address}, ${/^[aeiou]/.test(why) ? "an" : "a"} ${why} address; Baton only sends to public internet hosts.`;
  }
  return null;
}

/**
 * A `lookup` for the sockets of webhook posts: resolves every address of the host, refuses them all
 * when any is off limits, and hands the socket exactly the addresses it checked. The connection
 * therefore goes where the check looked (no second resolution a rebinding DNS server could answer
 * differently). Literal IP hosts never reach a lookup: checkWebhookUrl judged them already.
 */
export function guardedLookup(policy: WebhookUrlPolicy, resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    const reply = callback as (e: NodeJS.ErrnoException | null, a: unknown, f?: number) => void;
    const none = options.all === true ? [] : "";
    resolve(hostname, { family: options.family, hints: options.hints }, (error, addresses) => {
      if (error !== null) {
        reply(error, none);
        return;
      }
      const refusal = refusalOfAddresses(
        hostname,
        addresses.map((a) => a.address),
        policy,
      );
      if (refusal !== null) {
        reply(new RefusedTargetError(refusal), none);
        return;
      }
      const first = addresses[0] as LookupAddress;
      if (options.all === true) {
        reply(null, addresses);
        return;
      }
      reply(null, first.address, first.family);
    });
  };
}

/** Every address of a host (node:dns lookup with `all`, so /etc/hosts counts too); injectable for tests. */
export type Resolve = (
  hostname: string,
  options: { family?: number | string | undefined; hints?: number | undefined },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolve: Resolve = (hostname, options, callback) => {
  const family =
    options.family === "IPv4" || options.family === 4
      ? 4
      : options.family === "IPv6" || options.family === 6
        ? 6
        : 0;
  dnsLookup(hostname, { family, hints: options.hints, all: true }, callback);
};

/** Agents per policy: no keep-alive pool shared with code whose sockets were never checked. */
function agentsFor(policy: WebhookUrlPolicy) {
  const lookup = guardedLookup(policy);
  return {
    "http:": new http.Agent({ keepAlive: false, lookup }),
    "https:": new https.Agent({ keepAlive: false, lookup }),
  };
}

const STRICT_AGENTS = agentsFor({ allowLoopback: false });
const LOOPBACK_AGENTS = agentsFor({ allowLoopback: true });

/**
 * POSTs `body` to a checked webhook target and answers the status. Redirects are never followed (a
 * 3xx is answered as it is, and the caller treats it as final): a public host could otherwise send
 * the request on to a private one.
 */
export function safePost(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  policy: WebhookUrlPolicy,
): Promise<number> {
  const refusal = checkWebhookUrl(rawUrl, "webhook", policy);
  if (refusal !== null) return Promise.reject(new RefusedTargetError(refusal));
  const url = new URL(rawUrl);
  const agents = policy.allowLoopback ? LOOPBACK_AGENTS : STRICT_AGENTS;
  const send = url.protocol === "https:" ? https.request : http.request;
  return new Promise<number>((resolve, reject) => {
    const request = send(
      url,
      {
        method: "POST",
        agent: agents[url.protocol === "https:" ? "https:" : "http:"],
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      (response) => {
        // Drain and drop the body: only the status matters.
        response.resume();
        response.on("end", () => {
          resolve(response.statusCode ?? 0);
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
