/**
 * The stand-in's CardService holds cards to Google's documented limits the way Gmail does, so a card
 * over them fails a test: widgets past 100 vanish (Google ignores them), and the limits whose breach
 * Google leaves undocumented (sections, dropdown items, 32 KB) are refused outright.
 */
import { renderCard } from "../gmail/card-service";
import type { Card, CardWidget } from "../cards/model";
import { toCardJson } from "../cards/to-json";
import { createAppsScriptStandIn, installStandIn, type BuiltCard } from "./apps-script-standin";
import { cardLimitProblems } from "./card-limits";

function paragraph(text: string): CardWidget {
  return { kind: "textParagraph", text };
}

function card(sections: CardWidget[][]): Card {
  return { name: "test", header: { title: "Limits" }, sections: sections.map((widgets) => ({ widgets })) };
}

function build(input: Card): BuiltCard {
  const restore = installStandIn(createAppsScriptStandIn());
  try {
    return renderCard(input) as unknown as BuiltCard;
  } finally {
    restore();
  }
}

describe("the stand-in's CardService limits", () => {
  it("keeps the first 100 widgets of a card and drops the rest, across sections", () => {
    const many = card([
      Array.from({ length: 60 }, (_, i) => paragraph(`a${i}`)),
      Array.from({ length: 60 }, (_, i) => paragraph(`b${i}`)),
      [{ kind: "textInput", name: "note", label: "Add a note" }],
    ]);
    const built = build(many);
    expect(built.droppedWidgets).toBe(21);
    expect(built.json.sections.map((s) => s.widgets.length)).toEqual([60, 40]);
    expect(JSON.stringify(built.json)).not.toContain('"note"');
    expect(cardLimitProblems(toCardJson(many))).toEqual(["121 widgets"]);
  });

  it("refuses a dropdown of more than 100 items", () => {
    const items = Array.from({ length: 101 }, (_, i) => ({ text: `${i}`, value: `${i}`, selected: false }));
    const dropdown: CardWidget = {
      kind: "selectionInput",
      name: "who",
      label: "Who",
      type: "DROPDOWN",
      items,
    };
    expect(() => build(card([[dropdown]]))).toThrow("at most 100 items");
    expect(cardLimitProblems(toCardJson(card([[dropdown]])))).toEqual(["who: 101 items"]);
  });

  it("refuses more than 100 sections", () => {
    const sections = Array.from({ length: 101 }, () => [paragraph("x")]);
    expect(() => build(card(sections))).toThrow("at most 100 sections");
  });

  it("refuses a card over 32 KB", () => {
    const big = card([[paragraph("x".repeat(33 * 1024))]]);
    expect(() => build(big)).toThrow(/at most 32768 bytes/);
    expect(cardLimitProblems(toCardJson(big))).toHaveLength(1);
  });
});
