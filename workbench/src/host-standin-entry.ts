/**
 * Loaded instead of office.js by workbench-pane.html. The workbench (the parent page) or a test
 * passes the selected item in the URL fragment (#item=<JSON>&as=<email>&theme=dark, optionally
 * &mailboxVersion=1.12 or &sharedProperties=unavailable for an older client, &displayLanguage=nl-NL) and later selections by
 * postMessage, which fire ItemChanged like a pinned pane in Outlook. `as` is the signed-in agent
 * (ana@, also the demo member the pane signs in as); the item names the shared mailbox it lives in
 * (its `owner`, e.g. support@).
 */
import { createStandinHost, type StandinItem } from "@baton/outlook-addin/src/office/host-standin";
import type { StandinCompose } from "@baton/outlook-addin/src/office/host-standin-send";

import { STANDIN_SELECT, STANDIN_THEME } from "./host-standin-entry-constants";

const params = new URLSearchParams(location.hash.slice(1));
const itemParam = params.get("item");
const userEmail = params.get("as") ?? "ana@demo.baton.test";
const themeParam = params.get("theme");
const composeParam = params.get("compose");
const prefersDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;

const host = createStandinHost({
  item: itemParam === null ? null : (JSON.parse(itemParam) as StandinItem),
  user: { emailAddress: userEmail, displayName: userEmail.split("@")[0] ?? userEmail },
  theme: themeParam === "dark" || themeParam === "light" ? themeParam : prefersDark ? "dark" : "light",
  mailboxVersion: params.get("mailboxVersion") ?? undefined,
  // The workbench's language select (Office.context.displayLanguage; Office's default here is en-US).
  displayLanguage: params.get("displayLanguage") ?? undefined,
  sharedProperties: params.get("sharedProperties") === "unavailable" ? "unavailable" : "available",
  // The send side (#compose=<JSON>&accessToken=...): roaming settings persist in this origin's
  // localStorage, standing in for the mailbox on the server that the pane and the handler share.
  send: {
    compose: composeParam === null ? undefined : (JSON.parse(composeParam) as StandinCompose),
    accessToken: params.get("accessToken") ?? undefined,
    roaming: {
      load: () =>
        JSON.parse(localStorage.getItem(`baton-standin:roaming:${userEmail}`) ?? "{}") as Record<
          string,
          unknown
        >,
      save: (values) => {
        localStorage.setItem(`baton-standin:roaming:${userEmail}`, JSON.stringify(values));
      },
    },
  },
});
(globalThis as unknown as { Office: unknown }).Office = host.office;
(globalThis as unknown as { OfficeRuntime: unknown }).OfficeRuntime = host.officeRuntime;
// Tests click Send through this (Outlook has no such global; only the workbench page does).
// The compose body (what setSelectedDataAsync inserted) is read the same way.
(globalThis as unknown as { batonStandin: unknown }).batonStandin = {
  send: () => host.send(),
  composeBody: () => host.composeBody(),
};

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { type?: unknown; item?: StandinItem | null; theme?: "light" | "dark" } | null;
  if (data?.type === STANDIN_THEME && (data.theme === "light" || data.theme === "dark")) {
    // Fires OfficeThemeChanged, which the pane follows (src/office/theme.ts), as in Outlook.
    host.setTheme(data.theme);
    return;
  }
  if (data?.type !== STANDIN_SELECT) return;
  if (data.theme !== undefined) host.setTheme(data.theme);
  host.selectItem(data.item ?? null);
});
