/** Stand-in used by the build when gmail-addon/src/workbench.ts is absent (see webpack.config.js). */
export const GMAIL_CARD_CSS = "";
export const GMAIL_CARD_MISSING = true;

export function renderGmailCardHtml(): string {
  return "<p>The Gmail card renderer (gmail-addon/src/workbench.ts) is not in this build yet.</p>";
}
