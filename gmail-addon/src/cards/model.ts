/**
 * The card model: a small, platform-neutral description of a Gmail add-on card. Card builders
 * (contextual, homepage, error) produce it from the shared view model; exactly two renderers consume
 * it — `to-json.ts` (the documented Workspace card JSON, used by tests and the workbench) and
 * `gmail/card-service.ts` (CardService builders inside Apps Script). Text here is plain text; the
 * renderers escape it, so a note can never inject markup into a card.
 */

/** Colour of a line of text; the renderers map it to the few colours Gmail cards can show. */
export type Tone = "neutral" | "ok" | "warning" | "danger" | "muted";

/** A callback into the add-on: an Apps Script function name (a manifest runFunction) and parameters. */
export interface CardAction {
  functionName: string;
  parameters: Record<string, string>;
}

export interface CardButton {
  text: string;
  action: CardAction;
  /** The one primary action of a section is drawn filled; the rest outlined. */
  filled?: boolean;
}

export interface DecoratedTextWidget {
  kind: "decoratedText";
  topLabel?: string;
  text: string;
  tone?: Tone;
  /** Bold is for the one fact a reader must see first (the owner, the nearest deadline). */
  bold?: boolean;
  bottomLabel?: string;
  button?: CardButton;
}

export interface TextParagraphWidget {
  kind: "textParagraph";
  text: string;
  tone?: Tone;
  bold?: boolean;
}

export interface ButtonListWidget {
  kind: "buttonList";
  buttons: CardButton[];
}

export interface SelectionItem {
  text: string;
  value: string;
  selected: boolean;
}

export interface SelectionInputWidget {
  kind: "selectionInput";
  /** The form field name: the callback reads `formInputs[name]`. */
  name: string;
  label: string;
  type: "DROPDOWN" | "CHECK_BOX";
  items: SelectionItem[];
  onChange?: CardAction;
}

export interface TextInputWidget {
  kind: "textInput";
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** What the field starts with (a note being edited). */
  value?: string;
}

/**
 * A date and time, entered in the reader's zone (Gmail shows the picker in the user's time zone when
 * no offset is set, and the event carries that zone): the callback reads `dateTimeInput.msSinceEpoch`.
 */
export interface DateTimePickerWidget {
  kind: "dateTimePicker";
  name: string;
  label: string;
  valueMs?: number;
}

export interface DividerWidget {
  kind: "divider";
}

export type CardWidget =
  | DecoratedTextWidget
  | TextParagraphWidget
  | ButtonListWidget
  | SelectionInputWidget
  | TextInputWidget
  | DateTimePickerWidget
  | DividerWidget;

export interface CardSection {
  header?: string;
  /** Collapsible sections show their first `uncollapsibleWidgets` widgets until expanded. */
  collapsible?: boolean;
  uncollapsibleWidgets?: number;
  widgets: CardWidget[];
}

export interface Card {
  /** Names a card in the navigation stack (Gmail replaces a card by name on update). */
  name: string;
  header: { title: string; subtitle?: string };
  sections: CardSection[];
  fixedFooter?: { primary: CardButton; secondary?: CardButton };
}

/**
 * What a button callback returns: the card to show and maybe a toast. The card replaces the current
 * one unless `push` is set: then it goes on top of it (Gmail shows a back arrow), which only the
 * conversation card's "All notes" does, so the stack is never more than two cards deep.
 */
export interface CardUpdate {
  card: Card;
  notification?: string;
  push?: boolean;
  /**
   * Leave a pushed card (Edit note) first, then replace the card under it: the stack shrinks back,
   * so Back never returns to a note that was just changed.
   */
  back?: boolean;
}

/**
 * A compose card's Insert: HTML put into the draft at the cursor (UpdateDraftBodyType.IN_PLACE_INSERT,
 * ContentType.MUTABLE_HTML, so the agent can still edit it), or, with nothing to insert, a card.
 */
export type DraftUpdate = { insertHtml: string } | CardUpdate;
