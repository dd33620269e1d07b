/**
 * The pane built for the local stack signs in with a Firebase password account, whose token says
 * nothing about Outlook; this names the sidebar in X-Baton-Client so the emulator (and only it)
 * records the install page's "Outlook: first sign-in" (backend/src/setup/client-sign-ins.ts). A
 * production build sends nothing extra: there Outlook is known by its Microsoft token.
 */
import type { FetchLike } from "@baton/shared/api";
import type { BatonConfig } from "../config";

export const LOCAL_CLIENT_HEADER = "X-Baton-Client";

export function fetchForTarget(
  target: BatonConfig["target"],
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): FetchLike {
  if (target !== "local") return fetchImpl;
  return (url, init) => {
    const headers = new Headers(init.headers);
    headers.set(LOCAL_CLIENT_HEADER, "outlook");
    return fetchImpl(url, { ...init, headers });
  };
}
