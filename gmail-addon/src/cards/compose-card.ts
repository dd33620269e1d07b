/**
 * The card beside a draft (the manifest's composeTrigger): first what could make this a second
 * answer to the customer (a teammate replying now, or one who just replied), then the templates.
 */
import type { Translator } from "@baton/shared/i18n";
import { HEADER_TEXT_BYTES, LINE_BYTES } from "./limits";
import type { Card, CardSection, CardWidget } from "./model";
import { fitText } from "./text-budget";

export const COMPOSE_CARD_NAME = "baton-compose";

export interface ComposeCardInput {
  /** The conversation's subject when the draft replies to a team thread Baton knows. */
  subject: string | null;
  /** composeWarnings' sentences, shown first and in the warning colour. */
  warnings: readonly string[];
  /** A muted line on what Baton could not do (thread not seen yet, backend unreachable). */
  notice: string | null;
  /** The templates part (search, list, chosen template), when there is one. */
  sections?: readonly CardSection[];
}

export function buildComposeCard(input: ComposeCardInput, tr: Translator): Card {
  const top: CardWidget[] = input.warnings.map((warning) => ({
    kind: "textParagraph",
    text: fitText(warning, LINE_BYTES),
    tone: "warning",
    bold: true,
  }));
  if (input.notice !== null)
    top.push({ kind: "textParagraph", text: fitText(input.notice, LINE_BYTES), tone: "muted" });
  const sections: CardSection[] = [...(top.length > 0 ? [{ widgets: top }] : []), ...(input.sections ?? [])];
  if (sections.length === 0)
    sections.push({
      widgets: [{ kind: "textParagraph", text: tr.t("gmail.nobodyReplying"), tone: "muted" }],
    });
  return {
    name: COMPOSE_CARD_NAME,
    header: {
      title: tr.t("gmail.composeTitle"),
      ...(input.subject === null ? {} : { subtitle: fitText(input.subject, HEADER_TEXT_BYTES) }),
    },
    sections,
  };
}
