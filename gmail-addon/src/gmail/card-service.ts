/**
 * The one adapter from the card model to Apps Script's CardService. It must produce exactly what
 * cards/to-json.ts produces (a test renders both through the stand-in and compares), so the workbench
 * and the tests see the card Gmail shows.
 */
import { formatCardText } from "../cards/format";
import type {
  Card,
  CardAction,
  CardButton,
  CardSection,
  CardUpdate,
  CardWidget,
  DraftUpdate,
} from "../cards/model";

type CS = GoogleAppsScript.Card_Service.CardService;

function toAction(cs: CS, action: CardAction): GoogleAppsScript.Card_Service.Action {
  return cs.newAction().setFunctionName(action.functionName).setParameters(action.parameters);
}

function toButton(cs: CS, button: CardButton): GoogleAppsScript.Card_Service.TextButton {
  return cs
    .newTextButton()
    .setText(button.text)
    .setOnClickAction(toAction(cs, button.action))
    .setTextButtonStyle(button.filled === true ? cs.TextButtonStyle.FILLED : cs.TextButtonStyle.OUTLINED);
}

function toWidget(cs: CS, widget: CardWidget): GoogleAppsScript.Card_Service.Widget {
  switch (widget.kind) {
    case "decoratedText": {
      const text = cs
        .newDecoratedText()
        .setText(formatCardText(widget.text, widget.tone, widget.bold))
        .setWrapText(true);
      if (widget.topLabel !== undefined) text.setTopLabel(widget.topLabel);
      if (widget.bottomLabel !== undefined) text.setBottomLabel(widget.bottomLabel);
      if (widget.button !== undefined) text.setButton(toButton(cs, widget.button));
      return text;
    }
    case "textParagraph":
      return cs.newTextParagraph().setText(formatCardText(widget.text, widget.tone, widget.bold));
    case "buttonList": {
      const set = cs.newButtonSet();
      for (const button of widget.buttons) set.addButton(toButton(cs, button));
      return set;
    }
    case "selectionInput": {
      const input = cs
        .newSelectionInput()
        .setFieldName(widget.name)
        .setTitle(widget.label)
        .setType(
          widget.type === "DROPDOWN" ? cs.SelectionInputType.DROPDOWN : cs.SelectionInputType.CHECK_BOX,
        );
      for (const item of widget.items) input.addItem(item.text, item.value, item.selected);
      if (widget.onChange !== undefined) input.setOnChangeAction(toAction(cs, widget.onChange));
      return input;
    }
    case "textInput": {
      const input = cs
        .newTextInput()
        .setFieldName(widget.name)
        .setTitle(widget.label)
        .setMultiline(widget.multiline === true);
      if (widget.hint !== undefined) input.setHint(widget.hint);
      if (widget.value !== undefined) input.setValue(widget.value);
      return input;
    }
    case "dateTimePicker": {
      // No setTimeZoneOffsetInMins: Gmail then shows and reads the picker in the user's own zone,
      // the zone every other time on the card is written in.
      const picker = cs.newDateTimePicker().setFieldName(widget.name).setTitle(widget.label);
      if (widget.valueMs !== undefined) picker.setValueInMsSinceEpoch(widget.valueMs);
      return picker;
    }
    case "divider":
      return cs.newDivider();
  }
}

function toSection(cs: CS, section: CardSection): GoogleAppsScript.Card_Service.CardSection {
  const built = cs.newCardSection();
  if (section.header !== undefined) built.setHeader(section.header);
  if (section.collapsible === true) {
    built.setCollapsible(true).setNumUncollapsibleWidgets(section.uncollapsibleWidgets ?? 0);
  }
  for (const widget of section.widgets) built.addWidget(toWidget(cs, widget));
  return built;
}

export function renderCard(card: Card): GoogleAppsScript.Card_Service.Card {
  const cs = CardService;
  const header = cs.newCardHeader().setTitle(card.header.title);
  if (card.header.subtitle !== undefined) header.setSubtitle(card.header.subtitle);
  const builder = cs.newCardBuilder().setName(card.name).setHeader(header);
  for (const section of card.sections) builder.addSection(toSection(cs, section));
  if (card.fixedFooter !== undefined) {
    const footer = cs.newFixedFooter().setPrimaryButton(toButton(cs, card.fixedFooter.primary));
    if (card.fixedFooter.secondary !== undefined)
      footer.setSecondaryButton(toButton(cs, card.fixedFooter.secondary));
    builder.setFixedFooter(footer);
  }
  return builder.build();
}

/** A button callback's answer: replace the card in place (or push it, for All notes) and maybe a toast. */
export function renderCardUpdate(update: CardUpdate): GoogleAppsScript.Card_Service.ActionResponse {
  const cs = CardService;
  const card = renderCard(update.card);
  const navigation =
    update.push === true
      ? cs.newNavigation().pushCard(card)
      : update.back === true
        ? cs.newNavigation().popCard().updateCard(card)
        : cs.newNavigation().updateCard(card);
  const response = cs.newActionResponseBuilder().setNavigation(navigation);
  if (update.notification !== undefined)
    response.setNotification(cs.newNotification().setText(update.notification));
  return response.build();
}

/**
 * A compose card's answer: the HTML inserted at the cursor as editable HTML (needs the scope
 * gmail.addons.current.action.compose), or a card update when there is nothing to insert.
 */
export function renderDraftUpdate(
  update: DraftUpdate,
): GoogleAppsScript.Card_Service.UpdateDraftActionResponse | GoogleAppsScript.Card_Service.ActionResponse {
  if (!("insertHtml" in update)) return renderCardUpdate(update);
  const cs = CardService;
  const body = cs
    .newUpdateDraftBodyAction()
    .addUpdateContent(update.insertHtml, cs.ContentType.MUTABLE_HTML)
    .setUpdateType(cs.UpdateDraftBodyType.IN_PLACE_INSERT);
  return cs.newUpdateDraftActionResponseBuilder().setUpdateDraftBodyAction(body).build();
}
