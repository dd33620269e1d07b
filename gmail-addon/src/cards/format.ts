import type { Tone } from "./model";

/**
 * Gmail cards read the `text` of decoratedText and textParagraph as a small HTML subset (<b>, <i>,
 * <font color>, <br>). Everything Baton shows there comes from users (subjects, notes, names), so it
 * is escaped first and only then wrapped in the markup this module emits itself.
 */
export function escapeCardText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
}

/** Colours that stay legible on Gmail's light and dark side panels (Google's own status palette). */
export const TONE_COLOURS: Record<Exclude<Tone, "neutral">, string> = {
  ok: "#188038",
  warning: "#b06000",
  danger: "#d93025",
  muted: "#5f6368",
};

export function formatCardText(text: string, tone: Tone = "neutral", bold = false): string {
  let html = escapeCardText(text);
  if (bold) html = `<b>${html}</b>`;
  if (tone !== "neutral") html = `<font color="${TONE_COLOURS[tone]}">${html}</font>`;
  return html;
}
