/**
 * The Gmail card for the workbench page, run as Gmail runs it: the add-on's own entry points
 * (entry-points.ts) over the Apps Script stand-in, whose UrlFetchApp calls the local API. A click on
 * the card calls the action's function with an event object like Gmail's (parameters, every form
 * input, the reader's zone); the ActionResponse's navigation gives the next card and its
 * notification the toast. The page supplies the stand-in's globals (workbench/src/apps-script-standin.ts).
 */
import type { CardJson } from "./cards/card-json";
import { renderCardJsonHtml } from "./cards/to-html";
import * as entryPoints from "./entry-points";

export { GMAIL_CARD_CSS } from "./cards/to-html";
export type { CardJson } from "./cards/card-json";

/** What Gmail puts in `formInputs` for one field. */
export type FormInput =
  | { stringInputs: { value: string[] } }
  | { dateTimeInput: { msSinceEpoch: number; hasDate: true; hasTime: true } };

export interface CardResult {
  card: CardJson;
  notification?: string;
  /** The card went on top of the current one (Gmail shows a back arrow). */
  pushed: boolean;
  /** The current (pushed) card was left first, and the card under it replaced. */
  popped?: boolean;
}

interface Printable {
  printJson(): string;
}

type ActionJsonOut = {
  renderActions: {
    action: {
      navigations: Array<{ updateCard?: CardJson; pushCard?: CardJson; popCard?: true }>;
      notification?: { text: string };
    };
  };
};

export interface WorkbenchAddonOptions {
  /** The reader's IANA zone, as Gmail sends it in `commonEventObject.timeZone.id`. */
  timeZone: string;
  /** The reader's language tag, as Gmail sends it in `commonEventObject.userLocale` (default "en"). */
  userLocale?: string;
  // The Apps Script services (the stand-in's), installed on globalThis where the add-on finds them.
  globals: Record<string, unknown>;
}

const ENTRY_POINTS = entryPoints as unknown as Record<string, ((event: unknown) => Printable) | undefined>;

/** The add-on as a Gmail user of the workbench runs it. Installs the stand-in on globalThis. */
export function createWorkbenchAddon(options: WorkbenchAddonOptions) {
  Object.assign(globalThis, options.globals);
  const event = (parameters: Record<string, string>, formInputs: Record<string, FormInput>) => ({
    commonEventObject: {
      hostApp: "GMAIL",
      platform: "WEB",
      parameters,
      formInputs,
      timeZone: { id: options.timeZone, offset: "0" },
      userLocale: options.userLocale ?? "en",
    },
  });
  const call = (name: string, parameters: Record<string, string>, formInputs: Record<string, FormInput>) => {
    const entry = ENTRY_POINTS[name];
    // A card's action names one of the add-on's functions; anything else is not a Gmail callback.
    if (typeof entry !== "function" || !name.startsWith("on"))
      throw new Error(`${name} is not a card callback`);
    return JSON.parse(entry(event(parameters, formInputs)).printJson()) as unknown;
  };
  return {
    /** The homepage card (the homepage trigger's answer). */
    homepage(): CardJson {
      return call("onHomepage", {}, {}) as CardJson;
    },
    /** A conversation's card, as Refresh builds it. */
    conversation(key: string): CardResult {
      return this.action("onRefresh", { key }, {});
    },
    /** A click on a card's button or a changed dropdown: the action's response. */
    action(functionName: string, parameters: Record<string, string>, formInputs: Record<string, FormInput>) {
      const response = call(functionName, parameters, formInputs) as ActionJsonOut;
      const navigations = response.renderActions.action.navigations;
      const navigation = navigations.find((n) => n.popCard !== true);
      const card = navigation?.pushCard ?? navigation?.updateCard;
      if (card === undefined) throw new Error(`${functionName} answered without a card`);
      const notification = response.renderActions.action.notification?.text;
      return {
        card,
        pushed: navigation?.pushCard !== undefined,
        ...(navigations[0]?.popCard === true ? { popped: true } : {}),
        ...(notification === undefined ? {} : { notification }),
      } satisfies CardResult;
    },
  };
}

export type WorkbenchAddon = ReturnType<typeof createWorkbenchAddon>;

/** A card (and maybe its toast) as page HTML; every text is escaped or allow-listed (to-html.ts). */
export function renderWorkbenchCardHtml(card: CardJson, notification?: string): string {
  return renderCardJsonHtml(card, notification === undefined ? {} : { notification });
}
