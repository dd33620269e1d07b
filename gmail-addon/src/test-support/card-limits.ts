/**
 * Google's documented card limits (cards/limits.ts) checked on card JSON: what tests assert every
 * card Baton builds stays within. The stand-in's CardService applies the same limits the way Gmail
 * does (drops widgets past 100, refuses the rest); this lists every breach at once, for a clear test
 * failure.
 */
import type { CardJson, WidgetJson } from "../cards/card-json";
import {
  GOOGLE_MAX_CARD_BYTES,
  GOOGLE_MAX_SECTIONS_PER_CARD,
  GOOGLE_MAX_SELECTION_ITEMS,
  GOOGLE_MAX_WIDGETS_PER_CARD,
  GOOGLE_MAX_WIDGETS_PER_SECTION,
} from "../cards/limits";

export function widgetsOf(card: CardJson): WidgetJson[] {
  return card.sections.flatMap((section) => section.widgets);
}

export function cardBytes(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card));
}

/** Every limit the card breaks, as sentences; empty when it is within all of them. */
export function cardLimitProblems(card: CardJson): string[] {
  const problems: string[] = [];
  const widgets = widgetsOf(card).length;
  if (widgets > GOOGLE_MAX_WIDGETS_PER_CARD) problems.push(`${widgets} widgets`);
  if (card.sections.length > GOOGLE_MAX_SECTIONS_PER_CARD) problems.push(`${card.sections.length} sections`);
  card.sections.forEach((section, index) => {
    if (section.widgets.length > GOOGLE_MAX_WIDGETS_PER_SECTION)
      problems.push(`section ${index}: ${section.widgets.length} widgets`);
  });
  for (const widget of widgetsOf(card)) {
    if ("selectionInput" in widget && widget.selectionInput.items.length > GOOGLE_MAX_SELECTION_ITEMS)
      problems.push(`${widget.selectionInput.name}: ${widget.selectionInput.items.length} items`);
  }
  const bytes = cardBytes(card);
  if (bytes > GOOGLE_MAX_CARD_BYTES) problems.push(`${bytes} bytes`);
  return problems;
}
