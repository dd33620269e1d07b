import type {
  ActionJson,
  ActionResponseJson,
  BackResponseJson,
  ButtonJson,
  CardJson,
  DraftUpdateJson,
  PushResponseJson,
  SectionJson,
  WidgetJson,
} from "./card-json";
import { formatCardText } from "./format";
import type { Card, CardAction, CardButton, CardSection, CardUpdate, CardWidget, DraftUpdate } from "./model";

/** Parameters in a stable (sorted) order, so equal actions give byte-equal JSON. */
export function toActionJson(action: CardAction): ActionJson {
  return {
    function: action.functionName,
    parameters: Object.keys(action.parameters)
      .sort()
      .map((key) => ({ key, value: action.parameters[key] ?? "" })),
  };
}

export function toButtonJson(button: CardButton): ButtonJson {
  return {
    text: button.text,
    onClick: { action: toActionJson(button.action) },
    type: button.filled === true ? "FILLED" : "OUTLINED",
  };
}

export function toWidgetJson(widget: CardWidget): WidgetJson {
  switch (widget.kind) {
    case "decoratedText":
      return {
        decoratedText: {
          ...(widget.topLabel === undefined ? {} : { topLabel: widget.topLabel }),
          text: formatCardText(widget.text, widget.tone, widget.bold),
          ...(widget.bottomLabel === undefined ? {} : { bottomLabel: widget.bottomLabel }),
          wrapText: true,
          ...(widget.button === undefined ? {} : { button: toButtonJson(widget.button) }),
        },
      };
    case "textParagraph":
      return { textParagraph: { text: formatCardText(widget.text, widget.tone, widget.bold) } };
    case "buttonList":
      return { buttonList: { buttons: widget.buttons.map(toButtonJson) } };
    case "selectionInput":
      return {
        selectionInput: {
          name: widget.name,
          label: widget.label,
          type: widget.type,
          items: widget.items.map((item) => ({
            text: item.text,
            value: item.value,
            selected: item.selected,
          })),
          ...(widget.onChange === undefined ? {} : { onChangeAction: toActionJson(widget.onChange) }),
        },
      };
    case "textInput":
      return {
        textInput: {
          name: widget.name,
          label: widget.label,
          ...(widget.hint === undefined ? {} : { hintText: widget.hint }),
          ...(widget.value === undefined ? {} : { value: widget.value }),
          type: widget.multiline === true ? "MULTIPLE_LINE" : "SINGLE_LINE",
        },
      };
    case "dateTimePicker":
      return {
        dateTimePicker: {
          name: widget.name,
          label: widget.label,
          type: "DATE_AND_TIME",
          ...(widget.valueMs === undefined ? {} : { valueMsEpoch: String(widget.valueMs) }),
        },
      };
    case "divider":
      return { divider: {} };
  }
}

export function toSectionJson(section: CardSection): SectionJson {
  return {
    ...(section.header === undefined ? {} : { header: section.header }),
    ...(section.collapsible === true
      ? { collapsible: true, uncollapsibleWidgetsCount: section.uncollapsibleWidgets ?? 0 }
      : {}),
    widgets: section.widgets.map(toWidgetJson),
  };
}

export function toCardJson(card: Card): CardJson {
  return {
    name: card.name,
    header: {
      title: card.header.title,
      ...(card.header.subtitle === undefined ? {} : { subtitle: card.header.subtitle }),
    },
    sections: card.sections.map(toSectionJson),
    ...(card.fixedFooter === undefined
      ? {}
      : {
          fixedFooter: {
            primaryButton: toButtonJson(card.fixedFooter.primary),
            ...(card.fixedFooter.secondary === undefined
              ? {}
              : { secondaryButton: toButtonJson(card.fixedFooter.secondary) }),
          },
        }),
  };
}

export function toActionResponseJson(
  update: CardUpdate,
): ActionResponseJson | PushResponseJson | BackResponseJson {
  const notification =
    update.notification === undefined ? {} : { notification: { text: update.notification } };
  const card = toCardJson(update.card);
  if (update.back === true)
    return {
      renderActions: { action: { navigations: [{ popCard: true }, { updateCard: card }], ...notification } },
    };
  return update.push === true
    ? { renderActions: { action: { navigations: [{ pushCard: card }], ...notification } } }
    : { renderActions: { action: { navigations: [{ updateCard: card }], ...notification } } };
}

/** A compose action's answer: the card update, or the HTML put into the draft at the cursor. */
export function toDraftUpdateJson(
  update: DraftUpdate,
): DraftUpdateJson | ActionResponseJson | PushResponseJson | BackResponseJson {
  if (!("insertHtml" in update)) return toActionResponseJson(update);
  return {
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
  };
}
