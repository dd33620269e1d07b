/**
 * Loaded instead of office.js by workbench-pane.html. The workbench (the parent page) or a test
 * passes the selected item in the URL fragment (#item=<JSON>&mailbox=<email>&theme=dark) and later
 * selections by postMessage, which fire ItemChanged like a pinned pane in Outlook.
 */
import { createStandinHost, type StandinItem } from "./host-standin";

import { STANDIN_SELECT } from "./host-standin-entry-constants";

const params = new URLSearchParams(location.hash.slice(1));
const itemParam = params.get("item");
const mailboxEmail = params.get("mailbox") ?? "support@demo.baton.test";
const themeParam = params.get("theme");
const prefersDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;

const host = createStandinHost({
  item: itemParam === null ? null : (JSON.parse(itemParam) as StandinItem),
  mailbox: { emailAddress: mailboxEmail, displayName: mailboxEmail.split("@")[0] ?? mailboxEmail },
  theme: themeParam === "dark" || themeParam === "light" ? themeParam : prefersDark ? "dark" : "light",
  mailboxVersion: params.get("mailboxVersion") ?? undefined,
});
(globalThis as unknown as { Office: unknown }).Office = host.office;

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { type?: unknown; item?: StandinItem | null; theme?: "light" | "dark" } | null;
  if (data?.type !== STANDIN_SELECT) return;
  if (data.theme !== undefined) host.setTheme(data.theme);
  host.selectItem(data.item ?? null);
});
