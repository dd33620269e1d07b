import type { Translator } from "@baton/shared/i18n";
import { errorText } from "@baton/shared/view";
import { ACTIONS, type CardKind } from "./actions";
import { ERROR_TEXT_BYTES } from "./limits";
import type { Card } from "./model";
import { fitText } from "./text-budget";

export const ERROR_CARD_NAME = "baton-error";

/** Why a card could not be built, as the add-on saw it (HTTP status + the API's error code). */
export interface CardFailure {
  /** The API's `error.code`, or "unreachable" when the backend could not be reached at all. */
  code: string;
  message?: string;
  /** The API's `errors` key and params, said in the reader's language. */
  key?: string | null;
  params?: Readonly<Record<string, string | number>>;
}

export function buildErrorCard(
  failure: CardFailure,
  retry: { kind: CardKind; key?: string },
  tr: Translator,
): Card {
  const parameters: Record<string, string> = { card: retry.kind };
  if (retry.key !== undefined) parameters["key"] = retry.key;
  return {
    name: ERROR_CARD_NAME,
    header: { title: tr.t("gmail.appName") },
    sections: [
      {
        widgets: [
          { kind: "textParagraph", text: fitText(errorText(failure, tr), ERROR_TEXT_BYTES), tone: "danger" },
          {
            kind: "buttonList",
            buttons: [
              {
                text: tr.t("gmail.retry"),
                action: { functionName: ACTIONS.refresh, parameters },
                filled: true,
              },
            ],
          },
        ],
      },
    ],
  };
}
