/**
 * The documented Google Workspace add-on card JSON (the `Card` resource of the Cards v1 API), typed to
 * the subset Baton uses. `to-json.ts` produces it from the card model; the CardService stand-in
 * records the same shape from builder calls, so the two can be compared.
 */

export interface ActionJson {
  function: string;
  parameters: Array<{ key: string; value: string }>;
}

export interface OnClickJson {
  action: ActionJson;
}

export interface ButtonJson {
  text: string;
  onClick: OnClickJson;
  type: "FILLED" | "OUTLINED";
}

export type WidgetJson =
  | {
      decoratedText: {
        topLabel?: string;
        text: string;
        bottomLabel?: string;
        wrapText: true;
        button?: ButtonJson;
      };
    }
  | { textParagraph: { text: string } }
  | { buttonList: { buttons: ButtonJson[] } }
  | {
      selectionInput: {
        name: string;
        label: string;
        type: "DROPDOWN" | "CHECK_BOX";
        items: Array<{ text: string; value: string; selected: boolean }>;
        onChangeAction?: ActionJson;
      };
    }
  | {
      textInput: {
        name: string;
        label: string;
        hintText?: string;
        value?: string;
        type: "SINGLE_LINE" | "MULTIPLE_LINE";
      };
    }
  | {
      dateTimePicker: { name: string; label: string; type: "DATE_AND_TIME"; valueMsEpoch?: string };
    }
  | { divider: Record<string, never> };

export interface SectionJson {
  header?: string;
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
  widgets: WidgetJson[];
}

export interface CardJson {
  name: string;
  header: { title: string; subtitle?: string };
  sections: SectionJson[];
  fixedFooter?: { primaryButton: ButtonJson; secondaryButton?: ButtonJson };
}

/** An action callback's response: replace the current card and optionally show a toast. */
export interface ActionResponseJson {
  renderActions: {
    action: {
      navigations: Array<{ updateCard: CardJson }>;
      notification?: { text: string };
    };
  };
}

/** The one response that grows the stack: "All notes" pushes its card over the conversation card. */
export interface PushResponseJson {
  renderActions: {
    action: {
      navigations: Array<{ pushCard: CardJson }>;
      notification?: { text: string };
    };
  };
}

/** Edit note's Save/Delete: leave the pushed card, then replace the conversation card under it. */
export interface BackResponseJson {
  renderActions: {
    action: {
      navigations: [{ popCard: true }, { updateCard: CardJson }];
      notification?: { text: string };
    };
  };
}

/**
 * A compose action's answer (UpdateDraftActionResponse): content put into the draft body. The JSON
 * is the documented `hostAppAction.gmailAction.updateDraftActionMarkup` of Workspace add-ons.
 */
export interface DraftUpdateJson {
  hostAppAction: {
    gmailAction: {
      updateDraftActionMarkup: {
        updateBody: {
          insertContents: Array<{ content: string; contentType: "TEXT" | "MUTABLE_HTML" | "IMMUTABLE_HTML" }>;
          type: "IN_PLACE_INSERT" | "INSERT_AT_START" | "INSERT_AT_END";
        };
      };
    };
  };
}
