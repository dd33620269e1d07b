/**
 * The Gmail card for the workbench page: the same contextual card the add-on builds, rendered from
 * the same card JSON to HTML. Pure and browser-safe (no Apps Script globals).
 */
import { buildContextualCard } from "./cards/contextual-card";
import type { SidebarView } from "./cards/sidebar-view";
import { renderCardJsonHtml } from "./cards/to-html";
import { toCardJson } from "./cards/to-json";

export { GMAIL_CARD_CSS } from "./cards/to-html";
export type { SidebarView } from "./cards/sidebar-view";

export interface GmailCardHtmlOptions {
  /** Render instant (defaults to the page's clock): cards show deadlines as of their render. */
  nowMs?: number;
  /** The reader's IANA zone (defaults to the browser's). */
  timeZone?: string;
  /** A toast above the card, e.g. "Ana claimed this 2 s ago" after a lost race. */
  notification?: string;
}

export function renderGmailCardHtml(view: SidebarView, options: GmailCardHtmlOptions = {}): string {
  const card = buildContextualCard(view, {
    nowMs: options.nowMs ?? Date.now(),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  return renderCardJsonHtml(
    toCardJson(card),
    options.notification === undefined ? {} : { notification: options.notification },
  );
}
