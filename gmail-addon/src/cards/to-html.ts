import type { ActionJson, ButtonJson, CardJson, SectionJson, WidgetJson } from "./card-json";

/**
 * Renders the Workspace card JSON to static HTML, so the workbench page (and anyone reviewing a card)
 * sees the Gmail card without Gmail. Browser-safe: no Apps Script or DOM globals. Plain fields are
 * escaped; the `text` fields Gmail reads as HTML pass through an allow-list of the tags Gmail
 * supports, everything else is escaped, so card text can never inject markup into the page.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const SIMPLE_TAG = /^<\/?(b|i|u|s)>$|^<br\s*\/?>$/i;
const FONT_OPEN = /^<font color="(#[0-9a-f]{3}|#[0-9a-f]{6})">$/i;

/** Card "formatted text" (Gmail's HTML subset) to page HTML: allow-listed tags only. */
export function sanitizeCardText(text: string): string {
  return text
    .split(/(<[^<>]*>)/)
    .map((token) => {
      if (token.startsWith("<")) {
        if (SIMPLE_TAG.test(token)) return token.toLowerCase().replace(/\s*\/?>$/, ">");
        const font = FONT_OPEN.exec(token);
        if (font !== null) return `<span style="color:${font[1] ?? ""}">`;
        if (/^<\/font>$/i.test(token)) return "</span>";
        return escapeHtml(token);
      }
      // Entities the card text already carries stay; any other "&", "<" or ">" is escaped.
      return token
        .replace(/&(?!(amp|lt|gt|quot|#39|#x27|nbsp);)/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;");
    })
    .join("");
}

function actionAttributes(action: ActionJson): string {
  const parameters = Object.fromEntries(action.parameters.map((p) => [p.key, p.value]));
  return ` data-function="${escapeHtml(action.function)}" data-parameters="${escapeHtml(JSON.stringify(parameters))}"`;
}

function buttonHtml(button: ButtonJson): string {
  const kind = button.type === "FILLED" ? "filled" : "outlined";
  return `<button type="button" class="gc-button gc-${kind}"${actionAttributes(button.onClick.action)}>${escapeHtml(button.text)}</button>`;
}

function widgetHtml(widget: WidgetJson): string {
  if ("decoratedText" in widget) {
    const w = widget.decoratedText;
    return [
      `<div class="gc-decorated">`,
      `<div class="gc-decorated-body">`,
      w.topLabel === undefined ? "" : `<div class="gc-label">${escapeHtml(w.topLabel)}</div>`,
      `<div class="gc-text">${sanitizeCardText(w.text)}</div>`,
      w.bottomLabel === undefined ? "" : `<div class="gc-label">${escapeHtml(w.bottomLabel)}</div>`,
      `</div>`,
      w.button === undefined ? "" : buttonHtml(w.button),
      `</div>`,
    ].join("");
  }
  if ("textParagraph" in widget)
    return `<p class="gc-paragraph">${sanitizeCardText(widget.textParagraph.text)}</p>`;
  if ("buttonList" in widget)
    return `<div class="gc-buttons">${widget.buttonList.buttons.map(buttonHtml).join("")}</div>`;
  if ("selectionInput" in widget) {
    const w = widget.selectionInput;
    const options = w.items
      .map(
        (item) =>
          `<option value="${escapeHtml(item.value)}"${item.selected ? " selected" : ""}>${escapeHtml(item.text)}</option>`,
      )
      .join("");
    const onChange = w.onChangeAction === undefined ? "" : actionAttributes(w.onChangeAction);
    return `<label class="gc-field"><span class="gc-label">${escapeHtml(w.label)}</span><select name="${escapeHtml(w.name)}"${onChange}>${options}</select></label>`;
  }
  if ("textInput" in widget) {
    const w = widget.textInput;
    const hint = w.hintText === undefined ? "" : ` placeholder="${escapeHtml(w.hintText)}"`;
    const input =
      w.type === "MULTIPLE_LINE"
        ? `<textarea name="${escapeHtml(w.name)}"${hint}>${escapeHtml(w.value ?? "")}</textarea>`
        : `<input type="text" name="${escapeHtml(w.name)}"${hint}${w.value === undefined ? "" : ` value="${escapeHtml(w.value)}"`}>`;
    return `<label class="gc-field"><span class="gc-label">${escapeHtml(w.label)}</span>${input}</label>`;
  }
  if ("dateTimePicker" in widget) {
    // The browser's datetime-local field is read in the page's zone, which the workbench passes to
    // the handlers as the reader's zone (as Gmail shows an offset-less picker in the user's zone).
    const w = widget.dateTimePicker;
    return `<label class="gc-field"><span class="gc-label">${escapeHtml(w.label)}</span><input type="datetime-local" name="${escapeHtml(w.name)}" data-date-time="1"></label>`;
  }
  return `<hr class="gc-divider">`;
}

function sectionHtml(section: SectionJson): string {
  const header =
    section.header === undefined ? "" : `<h3 class="gc-section-header">${escapeHtml(section.header)}</h3>`;
  return `<section class="gc-section">${header}${section.widgets.map(widgetHtml).join("")}</section>`;
}

export interface CardHtmlOptions {
  /** A toast shown above the card, as Gmail shows an action's notification. */
  notification?: string;
}

export function renderCardJsonHtml(card: CardJson, options: CardHtmlOptions = {}): string {
  const subtitle =
    card.header.subtitle === undefined
      ? ""
      : `<div class="gc-subtitle">${escapeHtml(card.header.subtitle)}</div>`;
  const toast =
    options.notification === undefined
      ? ""
      : `<div class="gc-notification" role="status">${escapeHtml(options.notification)}</div>`;
  const footer =
    card.fixedFooter === undefined
      ? ""
      : `<footer class="gc-footer">${buttonHtml(card.fixedFooter.primaryButton)}${
          card.fixedFooter.secondaryButton === undefined ? "" : buttonHtml(card.fixedFooter.secondaryButton)
        }</footer>`;
  return [
    `<div class="gmail-card" tabindex="-1" data-card-name="${escapeHtml(card.name)}">`,
    toast,
    `<header class="gc-header"><div class="gc-title">${escapeHtml(card.header.title)}</div>${subtitle}</header>`,
    card.sections.map(sectionHtml).join(""),
    footer,
    `</div>`,
  ].join("");
}

/**
 * Styles for the classes above, close to Gmail's side panel (Google Sans / Roboto, 13 px, grey rules),
 * and Gmail's dark side panel under a `data-theme="dark"` ancestor (the workbench's theme toggle).
 * Gmail shows the cards' status colours (TONE_COLOURS) in their dark-panel shades there, so they
 * keep 4.5:1 on #1f1f1f (axe, tests/e2e/a11y); the light ones on it measure 2.7-3.3:1.
 */
export const GMAIL_CARD_CSS = `
.gmail-card{font:13px/1.45 "Google Sans",Roboto,Arial,sans-serif;color:#202124;background:#fff;width:320px;border-left:1px solid #dadce0}
.gmail-card .gc-header{padding:12px 16px;border-bottom:1px solid #dadce0}
.gmail-card .gc-title{font-size:16px;font-weight:500}
.gmail-card .gc-subtitle,.gmail-card .gc-label{color:#5f6368;font-size:12px}
.gmail-card .gc-section{padding:8px 16px;border-bottom:1px solid #dadce0}
.gmail-card .gc-section-header{margin:4px 0 8px;font-size:13px;font-weight:500;color:#5f6368}
.gmail-card .gc-decorated{display:flex;align-items:center;gap:8px;margin:6px 0}
.gmail-card .gc-decorated-body{flex:1}
.gmail-card .gc-paragraph{margin:6px 0}
.gmail-card .gc-buttons{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.gmail-card .gc-button{font:inherit;font-weight:500;border-radius:18px;padding:6px 16px;cursor:pointer}
.gmail-card .gc-filled{background:#0b57d0;color:#fff;border:1px solid #0b57d0}
.gmail-card .gc-outlined{background:#fff;color:#0b57d0;border:1px solid #747775}
.gmail-card .gc-field{display:flex;flex-direction:column;gap:4px;margin:8px 0}
.gmail-card select,.gmail-card input,.gmail-card textarea{font:inherit;padding:6px;border:1px solid #747775;border-radius:4px}
.gmail-card .gc-divider{border:0;border-top:1px solid #dadce0}
.gmail-card .gc-notification{background:#323232;color:#fff;padding:8px 16px}
.gmail-card .gc-footer{display:flex;gap:8px;padding:8px 16px}
.gmail-card .gc-button:focus-visible,.gmail-card select:focus-visible,.gmail-card input:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
[data-theme="dark"] .gmail-card{color:#e3e3e3;background:#1f1f1f;border-left-color:#444746;color-scheme:dark}
[data-theme="dark"] .gmail-card .gc-header,[data-theme="dark"] .gmail-card .gc-section{border-bottom-color:#444746}
[data-theme="dark"] .gmail-card .gc-subtitle,[data-theme="dark"] .gmail-card .gc-label,[data-theme="dark"] .gmail-card .gc-section-header{color:#c4c7c5}
[data-theme="dark"] .gmail-card .gc-filled{background:#a8c7fa;color:#062e6f;border-color:#a8c7fa}
[data-theme="dark"] .gmail-card .gc-outlined{background:transparent;color:#a8c7fa;border-color:#8e918f}
[data-theme="dark"] .gmail-card select,[data-theme="dark"] .gmail-card input,[data-theme="dark"] .gmail-card textarea{background:#131314;color:#e3e3e3;border-color:#8e918f}
[data-theme="dark"] .gmail-card .gc-divider{border-top-color:#444746}
[data-theme="dark"] .gmail-card .gc-notification{background:#e3e3e3;color:#1f1f1f}
[data-theme="dark"] .gmail-card span[style="color:#188038" i]{color:#81c995!important}
[data-theme="dark"] .gmail-card span[style="color:#b06000" i]{color:#fdd663!important}
[data-theme="dark"] .gmail-card span[style="color:#d93025" i]{color:#f28b82!important}
[data-theme="dark"] .gmail-card span[style="color:#5f6368" i]{color:#c4c7c5!important}
`;
