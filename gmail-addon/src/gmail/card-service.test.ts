import { EN } from "../test-support/readers";
import { buildContextualCard } from "../cards/contextual-card";
import { buildErrorCard } from "../cards/error-card";
import { buildHomepageCard } from "../cards/homepage-card";
import type { Card } from "../cards/model";
import { toActionResponseJson, toCardJson, toDraftUpdateJson } from "../cards/to-json";
import {
  createAppsScriptStandIn,
  installStandIn,
  type BuiltActionResponse,
  type BuiltCard,
} from "../test-support/apps-script-standin";
import { SCENARIOS } from "../test-support/scenarios";
import { renderCard, renderCardUpdate, renderDraftUpdate } from "./card-service";

/** Every widget kind and option the card model has, so no branch of either renderer goes unchecked. */
const everything: Card = {
  name: "all-widgets",
  header: { title: "All <widgets>", subtitle: "sub" },
  sections: [
    {
      header: "First",
      collapsible: true,
      uncollapsibleWidgets: 1,
      widgets: [
        { kind: "decoratedText", text: "plain" },
        { kind: "textInput", name: "prefilled", label: "Prefilled", value: "a <note>" },
        {
          kind: "decoratedText",
          topLabel: "top",
          text: "Breached <1h> & more",
          tone: "danger",
          bold: true,
          bottomLabel: "bottom",
          button: {
            text: "Go",
            action: { functionName: "onRefresh", parameters: { b: "2", a: "1" } },
            filled: true,
          },
        },
        { kind: "textParagraph", text: "line one\nline two", tone: "muted", bold: true },
        { kind: "divider" },
      ],
    },
    {
      widgets: [
        {
          kind: "selectionInput",
          name: "status",
          label: "Status",
          type: "DROPDOWN",
          items: [
            { text: "Open", value: "open", selected: true },
            { text: "Resolved", value: "resolved", selected: false },
          ],
          onChange: { functionName: "onSetStatus", parameters: { key: "k" } },
        },
        { kind: "selectionInput", name: "flags", label: "Flags", type: "CHECK_BOX", items: [] },
        { kind: "textInput", name: "note", label: "Note", hint: "hint", multiline: true },
        { kind: "textInput", name: "tags", label: "Tags" },
        {
          kind: "buttonList",
          buttons: [
            { text: "One", action: { functionName: "onClaim", parameters: {} } },
            { text: "Two", action: { functionName: "onRelease", parameters: { key: "k" } }, filled: false },
          ],
        },
      ],
    },
  ],
  fixedFooter: {
    primary: { text: "Primary", action: { functionName: "onClaim", parameters: { key: "k" } }, filled: true },
    secondary: { text: "Secondary", action: { functionName: "onRefresh", parameters: {} } },
  },
};

describe("CardService adapter", () => {
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = installStandIn(createAppsScriptStandIn());
  });
  afterEach(() => {
    uninstall();
  });

  const cards: Array<[string, Card]> = [
    ["every widget kind", everything],
    ...Object.entries(SCENARIOS).map(([name, view]): [string, Card] => [
      `the ${name} card`,
      buildContextualCard(view(), { timeZone: "Europe/Amsterdam", tr: EN }),
    ]),
    ["the error card", buildErrorCard({ code: "unreachable" }, { kind: "contextual", key: "k" }, EN)],
    // Availability: a DateTimePicker with Set away and Until tomorrow morning, or the sentence with Clear.
    ...[null, "You are away until Tue 09:00"].map((line): [string, Card] => [
      `the homepage card, ${line === null ? "not away" : "away"}`,
      buildHomepageCard(
        { myWork: [], unassigned: [] },
        { tr: EN, deadlineText: () => "", asOfText: "As of 09:00", away: { line } },
      ),
    ]),
  ];

  it.each(cards)("builds %s exactly as the card JSON renderer describes it", (_name, card) => {
    const built = renderCard(card) as unknown as BuiltCard;
    expect(JSON.parse(built.printJson())).toEqual(toCardJson(card));
  });

  it("answers an action with the updated card and the notification, as renderActions JSON", () => {
    const update = { card: everything, notification: "Ana claimed this 2 s ago" };
    const built = renderCardUpdate(update) as unknown as BuiltActionResponse;
    expect(JSON.parse(built.printJson())).toEqual(toActionResponseJson(update));
  });

  it("leaves a pushed card and replaces the one under it (popCard, then updateCard)", () => {
    const update = { card: everything, notification: "Note saved.", back: true };
    const built = renderCardUpdate(update) as unknown as BuiltActionResponse;
    expect(JSON.parse(built.printJson())).toEqual(toActionResponseJson(update));
    expect(JSON.parse(built.printJson())).toMatchObject({
      renderActions: {
        action: { navigations: [{ popCard: true }, { updateCard: { name: "all-widgets" } }] },
      },
    });
  });

  it("answers Insert with an UpdateDraftActionResponse: editable HTML at the cursor", () => {
    const update = { insertHtml: "<p>Hi Carla,</p><p>Refunded &amp; done.</p>" };
    const built = renderDraftUpdate(update);
    expect(JSON.parse(built.printJson())).toEqual(toDraftUpdateJson(update));
    expect(JSON.parse(built.printJson())).toEqual({
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateBody: {
              insertContents: [{ content: update.insertHtml, contentType: "MUTABLE_HTML" }],
              type: "IN_PLACE_INSERT",
            },
          },
        },
      },
    });
  });

  it("fails the way CardService fails when a required field is missing", () => {
    const broken: Card = { ...everything, sections: [{ widgets: [] }] };
    expect(() => renderCard(broken)).toThrow("at least one widget");
  });
});
