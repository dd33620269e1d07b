import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";

/**
 * The customer's answer to the survey of the conversation's latest cycle, as both sidebars show it
 * (issue 17): "Customer rated 4/5", with their comment after it, cut.
 */

/** A sidebar has a line for it, not a page: a longer comment is cut with "…" (the full one is in the survey answer). */
export const CSAT_LINE_COMMENT_CHARS = 120;

export interface CsatAnswer {
  rating: number;
  comment?: string;
}

export function csatLine(
  answer: CsatAnswer | null | undefined,
  t: Translator = englishTranslator(),
): string | null {
  if (answer === null || answer === undefined) return null;
  const { rating } = answer;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return null;
  const comment = (answer.comment ?? "").replace(/\s+/g, " ").trim();
  if (comment === "") return t.t("view.csatRated", { rating });
  const cut =
    comment.length > CSAT_LINE_COMMENT_CHARS
      ? `${comment.slice(0, CSAT_LINE_COMMENT_CHARS - 1).trimEnd()}…`
      : comment;
  return t.t("view.csatRatedComment", { rating, comment: cut });
}
