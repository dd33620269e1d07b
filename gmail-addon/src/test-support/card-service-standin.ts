/**
 * The CardService part of the Apps Script stand-in (see apps-script-standin.ts): builders that record
 * what they are given and print the documented Workspace card JSON, throwing where Apps Script throws
 * and holding cards to Google's documented limits. Browser-safe (no Node modules), so the workbench
 * runs the add-on's real handlers over it.
 */
import type {
  ActionJson,
  ButtonJson,
  CardJson,
  DraftUpdateJson,
  SectionJson,
  WidgetJson,
} from "../cards/card-json";
import {
  GOOGLE_MAX_CARD_BYTES,
  GOOGLE_MAX_SECTIONS_PER_CARD,
  GOOGLE_MAX_SELECTION_ITEMS,
  GOOGLE_MAX_WIDGETS_PER_CARD,
  GOOGLE_MAX_WIDGETS_PER_SECTION,
} from "../cards/limits";

/* ------------------------------------------------------------------ CardService */

export class StandInError extends Error {}

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new StandInError(`${what} is required`);
  return value;
}

class Action {
  functionName?: string;
  parameters: Record<string, string> = {};
  setFunctionName(name: string): this {
    this.functionName = name;
    return this;
  }
  setParameters(parameters: Record<string, unknown>): this {
    for (const [key, value] of Object.entries(parameters)) {
      // Apps Script rejects non-string values ("Invalid argument: parameters").
      if (typeof value !== "string") throw new StandInError(`Action parameter ${key} must be a string`);
    }
    this.parameters = { ...(parameters as Record<string, string>) };
    return this;
  }
  toJson(): ActionJson {
    return {
      function: required(this.functionName, "Action function name"),
      parameters: Object.keys(this.parameters)
        .sort()
        .map((key) => ({ key, value: this.parameters[key] ?? "" })),
    };
  }
}

const TextButtonStyle = {
  OUTLINED: "OUTLINED",
  TEXT: "TEXT",
  FILLED: "FILLED",
  FILLED_TONAL: "FILLED_TONAL",
  BORDERLESS: "BORDERLESS",
} as const;
const SelectionInputType = {
  CHECK_BOX: "CHECK_BOX",
  RADIO_BUTTON: "RADIO_BUTTON",
  DROPDOWN: "DROPDOWN",
  SWITCH: "SWITCH",
  MULTI_SELECT: "MULTI_SELECT",
} as const;

class TextButton {
  text?: string;
  action?: Action;
  style?: string;
  setText(text: string): this {
    this.text = text;
    return this;
  }
  setOnClickAction(action: Action): this {
    this.action = action;
    return this;
  }
  setTextButtonStyle(style: string): this {
    this.style = style;
    return this;
  }
  toJson(): ButtonJson {
    return {
      text: required(this.text, "TextButton text"),
      onClick: { action: required(this.action, "TextButton action").toJson() },
      ...(this.style === undefined ? {} : { type: this.style }),
    } as ButtonJson;
  }
}

export interface WidgetLike {
  toWidgetJson(): WidgetJson;
}

class DecoratedText implements WidgetLike {
  fields: {
    topLabel?: string;
    text?: string;
    bottomLabel?: string;
    wrapText?: boolean;
    button?: TextButton;
  } = {};
  setTopLabel(text: string): this {
    this.fields.topLabel = text;
    return this;
  }
  setText(text: string): this {
    this.fields.text = text;
    return this;
  }
  setBottomLabel(text: string): this {
    this.fields.bottomLabel = text;
    return this;
  }
  setWrapText(wrap: boolean): this {
    this.fields.wrapText = wrap;
    return this;
  }
  setButton(button: TextButton): this {
    this.fields.button = button;
    return this;
  }
  toWidgetJson(): WidgetJson {
    const f = this.fields;
    return {
      decoratedText: {
        ...(f.topLabel === undefined ? {} : { topLabel: f.topLabel }),
        text: required(f.text, "DecoratedText text"),
        ...(f.bottomLabel === undefined ? {} : { bottomLabel: f.bottomLabel }),
        ...(f.wrapText === undefined ? {} : { wrapText: f.wrapText }),
        ...(f.button === undefined ? {} : { button: f.button.toJson() }),
      },
    } as WidgetJson;
  }
}

class TextParagraph implements WidgetLike {
  text?: string;
  setText(text: string): this {
    this.text = text;
    return this;
  }
  toWidgetJson(): WidgetJson {
    return { textParagraph: { text: required(this.text, "TextParagraph text") } };
  }
}

class ButtonSet implements WidgetLike {
  buttons: TextButton[] = [];
  addButton(button: TextButton): this {
    this.buttons.push(button);
    return this;
  }
  toWidgetJson(): WidgetJson {
    return { buttonList: { buttons: this.buttons.map((b) => b.toJson()) } };
  }
}

class SelectionInput implements WidgetLike {
  name?: string;
  title?: string;
  type?: string;
  items: Array<{ text: string; value: string; selected: boolean }> = [];
  onChange?: Action;
  setFieldName(name: string): this {
    this.name = name;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setType(type: string): this {
    this.type = type;
    return this;
  }
  addItem(text: unknown, value: unknown, selected: boolean): this {
    this.items.push({ text: String(text), value: String(value), selected });
    return this;
  }
  setOnChangeAction(action: Action): this {
    this.onChange = action;
    return this;
  }
  toWidgetJson(): WidgetJson {
    // Google documents "up to 100 items" and not what happens past it: refused here, so a test sees it.
    if (this.items.length > GOOGLE_MAX_SELECTION_ITEMS)
      throw new StandInError(`A selection input holds at most ${GOOGLE_MAX_SELECTION_ITEMS} items`);
    return {
      selectionInput: {
        name: required(this.name, "SelectionInput field name"),
        label: this.title ?? "",
        type: (this.type ?? "CHECK_BOX") as "DROPDOWN",
        items: this.items,
        ...(this.onChange === undefined ? {} : { onChangeAction: this.onChange.toJson() }),
      },
    };
  }
}

class TextInput implements WidgetLike {
  name?: string;
  title?: string;
  hint?: string;
  value?: string;
  multiline = false;
  setFieldName(name: string): this {
    this.name = name;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setHint(hint: string): this {
    this.hint = hint;
    return this;
  }
  setMultiline(multiline: boolean): this {
    this.multiline = multiline;
    return this;
  }
  setValue(value: string): this {
    this.value = value;
    return this;
  }
  toWidgetJson(): WidgetJson {
    return {
      textInput: {
        name: required(this.name, "TextInput field name"),
        label: this.title ?? "",
        ...(this.hint === undefined ? {} : { hintText: this.hint }),
        ...(this.value === undefined ? {} : { value: this.value }),
        type: this.multiline ? "MULTIPLE_LINE" : "SINGLE_LINE",
      },
    };
  }
}

class DateTimePicker implements WidgetLike {
  name?: string;
  title?: string;
  valueMs?: string;
  setFieldName(name: string): this {
    this.name = name;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setValueInMsSinceEpoch(value: number | string): this {
    // "It is always represented as a string in the form callback parameters."
    this.valueMs = String(value);
    return this;
  }
  toWidgetJson(): WidgetJson {
    return {
      dateTimePicker: {
        name: required(this.name, "DateTimePicker field name"),
        label: required(this.title, "DateTimePicker title"),
        type: "DATE_AND_TIME",
        ...(this.valueMs === undefined ? {} : { valueMsEpoch: this.valueMs }),
      },
    };
  }
}

class Divider implements WidgetLike {
  toWidgetJson(): WidgetJson {
    return { divider: {} };
  }
}

class CardSection {
  header?: string;
  collapsible = false;
  uncollapsible?: number;
  widgets: WidgetLike[] = [];
  setHeader(header: string): this {
    this.header = header;
    return this;
  }
  setCollapsible(collapsible: boolean): this {
    this.collapsible = collapsible;
    return this;
  }
  setNumUncollapsibleWidgets(count: number): this {
    this.uncollapsible = count;
    return this;
  }
  addWidget(widget: WidgetLike): this {
    if (typeof (widget as Partial<WidgetLike>).toWidgetJson !== "function")
      throw new StandInError("not a widget");
    this.widgets.push(widget);
    return this;
  }
  /** The section with at most `room` widgets: the card's remaining share of Google's 100. */
  toJson(room: number): SectionJson {
    if (this.widgets.length === 0) throw new StandInError("A card section must have at least one widget");
    const kept = this.widgets.slice(0, Math.min(room, GOOGLE_MAX_WIDGETS_PER_SECTION));
    return {
      ...(this.header === undefined ? {} : { header: this.header }),
      ...(this.collapsible ? { collapsible: true, uncollapsibleWidgetsCount: this.uncollapsible ?? 0 } : {}),
      widgets: kept.map((w) => w.toWidgetJson()),
    };
  }
}

class CardHeader {
  title?: string;
  subtitle?: string;
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setSubtitle(subtitle: string): this {
    this.subtitle = subtitle;
    return this;
  }
}

class FixedFooter {
  primary?: TextButton;
  secondary?: TextButton;
  setPrimaryButton(button: TextButton): this {
    this.primary = button;
    return this;
  }
  setSecondaryButton(button: TextButton): this {
    this.secondary = button;
    return this;
  }
}

/** What CardBuilder.build() returns: printJson() gives the card JSON (without any dropped widget). */
export class BuiltCard {
  constructor(
    readonly json: CardJson,
    /** Widgets past Google's 100 a card, which Gmail would not show. */
    readonly droppedWidgets = 0,
  ) {}
  printJson(): string {
    return JSON.stringify(this.json);
  }
}

class CardBuilder {
  name?: string;
  header?: CardHeader;
  sections: CardSection[] = [];
  footer?: FixedFooter;
  setName(name: string): this {
    this.name = name;
    return this;
  }
  setHeader(header: CardHeader): this {
    this.header = header;
    return this;
  }
  addSection(section: CardSection): this {
    this.sections.push(section);
    return this;
  }
  setFixedFooter(footer: FixedFooter): this {
    this.footer = footer;
    return this;
  }
  build(): BuiltCard {
    if (this.sections.length === 0) throw new StandInError("A card must have at least one section");
    if (this.sections.length > GOOGLE_MAX_SECTIONS_PER_CARD)
      throw new StandInError(`A card holds at most ${GOOGLE_MAX_SECTIONS_PER_CARD} sections`);
    const header = this.header;
    const footer = this.footer;
    // "Any widgets beyond this limit are ignored": Gmail shows the first 100 and drops the rest.
    let room = GOOGLE_MAX_WIDGETS_PER_CARD;
    const sections: SectionJson[] = [];
    for (const section of this.sections) {
      if (room === 0) break;
      const json = section.toJson(room);
      room -= json.widgets.length;
      sections.push(json);
    }
    const total = this.sections.reduce((sum, section) => sum + section.widgets.length, 0);
    const json: CardJson = {
      name: this.name ?? "",
      header: {
        title: required(header?.title, "Card header title"),
        ...(header?.subtitle === undefined ? {} : { subtitle: header.subtitle }),
      },
      sections,
      ...(footer === undefined
        ? {}
        : {
            fixedFooter: {
              primaryButton: required(footer.primary, "Fixed footer primary button").toJson(),
              ...(footer.secondary === undefined ? {} : { secondaryButton: footer.secondary.toJson() }),
            },
          }),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(json)).length;
    if (bytes > GOOGLE_MAX_CARD_BYTES)
      throw new StandInError(`A card is at most ${GOOGLE_MAX_CARD_BYTES} bytes; this one is ${bytes}`);
    return new BuiltCard(json, total - (GOOGLE_MAX_WIDGETS_PER_CARD - room));
  }
}

class Notification {
  text?: string;
  setText(text: string): this {
    this.text = text;
    return this;
  }
}

class Navigation {
  card?: BuiltCard;
  push = false;
  /** popCard() before the card: the only chain the add-on builds (Edit note's Save/Delete). */
  pop = false;
  popCard(): this {
    if (this.card !== undefined) throw new StandInError("The stand-in chains popCard() only before a card");
    this.pop = true;
    return this;
  }
  updateCard(card: BuiltCard): this {
    this.card = card;
    this.push = false;
    return this;
  }
  pushCard(card: BuiltCard): this {
    this.card = card;
    this.push = true;
    return this;
  }
}

/** What ActionResponseBuilder.build() returns: printJson() gives the documented renderActions JSON. */
export class BuiltActionResponse {
  constructor(
    readonly json: {
      renderActions: {
        action: {
          navigations: Array<{ updateCard: CardJson } | { pushCard: CardJson } | { popCard: true }>;
          notification?: { text: string };
        };
      };
    },
  ) {}
  printJson(): string {
    return JSON.stringify(this.json);
  }
}

class ActionResponseBuilder {
  navigation?: Navigation;
  notification?: Notification;
  setNavigation(navigation: Navigation): this {
    this.navigation = navigation;
    return this;
  }
  setNotification(notification: Notification): this {
    this.notification = notification;
    return this;
  }
  build(): BuiltActionResponse {
    const card = this.navigation?.card;
    const navigation = this.navigation?.push === true ? { pushCard: card?.json } : { updateCard: card?.json };
    const pop = this.navigation?.pop === true ? [{ popCard: true as const }] : [];
    return new BuiltActionResponse({
      renderActions: {
        action: {
          navigations: card === undefined ? pop : [...pop, navigation as { updateCard: CardJson }],
          ...(this.notification === undefined
            ? {}
            : { notification: { text: required(this.notification.text, "Notification text") } }),
        },
      },
    });
  }
}

/* ------------------------------------------------------------ compose (draft) actions */

const ContentType = { TEXT: "TEXT", MUTABLE_HTML: "MUTABLE_HTML", IMMUTABLE_HTML: "IMMUTABLE_HTML" } as const;
const UpdateDraftBodyType = {
  IN_PLACE_INSERT: "IN_PLACE_INSERT",
  INSERT_AT_START: "INSERT_AT_START",
  INSERT_AT_END: "INSERT_AT_END",
} as const;
type ContentTypeName = keyof typeof ContentType;
type BodyTypeName = keyof typeof UpdateDraftBodyType;

class UpdateDraftBodyAction {
  contents: Array<{ content: string; contentType: ContentTypeName }> = [];
  // IN_PLACE_INSERT is the documented default.
  type: BodyTypeName = "IN_PLACE_INSERT";
  addUpdateContent(content: string, contentType: string): this {
    if (!(contentType in ContentType)) throw new StandInError(`Unknown ContentType ${contentType}`);
    this.contents.push({ content, contentType: contentType as ContentTypeName });
    return this;
  }
  setUpdateType(type: string): this {
    if (!(type in UpdateDraftBodyType)) throw new StandInError(`Unknown UpdateDraftBodyType ${type}`);
    this.type = type as BodyTypeName;
    return this;
  }
}

/** What UpdateDraftActionResponseBuilder.build() returns; printJson() gives the documented markup. */
export class BuiltUpdateDraftActionResponse {
  constructor(readonly json: DraftUpdateJson) {}
  printJson(): string {
    return JSON.stringify(this.json);
  }
}

class UpdateDraftActionResponseBuilder {
  body?: UpdateDraftBodyAction;
  setUpdateDraftBodyAction(action: UpdateDraftBodyAction): this {
    this.body = action;
    return this;
  }
  build(): BuiltUpdateDraftActionResponse {
    // "Throws Error if the constructed UpdateDraftActionResponse isn't valid": here, nothing to do.
    const body = required(this.body, "UpdateDraftActionResponse's update action");
    if (body.contents.length === 0) throw new StandInError("UpdateDraftBodyAction has no content");
    return new BuiltUpdateDraftActionResponse({
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: { updateBody: { insertContents: body.contents, type: body.type } },
        },
      },
    });
  }
}

export function createCardService() {
  return {
    TextButtonStyle,
    SelectionInputType,
    ContentType,
    UpdateDraftBodyType,
    newUpdateDraftBodyAction: () => new UpdateDraftBodyAction(),
    newUpdateDraftActionResponseBuilder: () => new UpdateDraftActionResponseBuilder(),
    newAction: () => new Action(),
    newTextButton: () => new TextButton(),
    newDecoratedText: () => new DecoratedText(),
    newTextParagraph: () => new TextParagraph(),
    newButtonSet: () => new ButtonSet(),
    newSelectionInput: () => new SelectionInput(),
    newTextInput: () => new TextInput(),
    newDivider: () => new Divider(),
    newDateTimePicker: () => new DateTimePicker(),
    newCardSection: () => new CardSection(),
    newCardHeader: () => new CardHeader(),
    newFixedFooter: () => new FixedFooter(),
    newCardBuilder: () => new CardBuilder(),
    newNotification: () => new Notification(),
    newNavigation: () => new Navigation(),
    newActionResponseBuilder: () => new ActionResponseBuilder(),
  };
}
