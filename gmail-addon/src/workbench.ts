/**
 * The Gmail card for the workbench page: the same contextual card the add-on builds, rendered from
 * the same card JSON to HTML. Pure and browser-safe (no Apps Script globals).
 */
import { buildContextualCard } from "./cards/contextual-card";
import type { SidebarView } from "./cards/sidebar-view";
import { renderCardJsonHtml } from "./cards/to-html";
import { toCardJson } from "./cards/to-json";

export { GMAIL_CARD_CSS } from "./cards/to-html";

export interface GmailCardHtmlOptions {
  /** A toast above the card, e.g. "Ana claimed this 2 s ago" after a lost race. */
  notification?: string;
}

/**
 * Like Gmail, the card shows the view as it was served: deadlines as a time plus the time left at
 * the view's `asOf` (re-render with a fresh view to update them, as the add-on's Refresh does).
 */
export function renderGmailCardHtml(view: SidebarView, options: GmailCardHtmlOptions = {}): string {
  return renderCardJsonHtml(toCardJson(buildContextualCard(view)), options);
}
export type { SidebarView } from "./cards/sidebar-view";
