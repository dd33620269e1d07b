import type { Firestore } from "firebase-admin/firestore";
import { surveyRef } from "./survey";
import { CSAT_TEXT, esc, page, type CsatLang } from "./text";
import { csatSecret, verifySurvey } from "./token";

/** A comment is a few sentences; past this it is cut, never refused (the rating still counts). */
export const CSAT_COMMENT_MAX = 2_000;

export interface CsatPage {
  status: number;
  html: string;
}

function ratingOf(value: unknown): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

/**
 * A click on a survey link (GET /csat?t=&r=) or the comment form (POST, with `comment`): verifies
 * the signature and expiry, then writes the one answer of that cycle (a second click replaces the
 * rating, never adds one). Every outcome is a page in the survey's language; a forged link gets
 * the English one, since its language cannot be trusted.
 */
export async function answerSurvey(
  db: Firestore,
  input: { t: unknown; r: unknown; comment?: unknown },
  nowMs: number,
  secret = csatSecret(),
): Promise<CsatPage> {
  const verified = verifySurvey(secret, typeof input.t === "string" ? input.t : "", nowMs);
  if (!verified.ok) {
    const lang: CsatLang = "en";
    const text = verified.reason === "expired" ? CSAT_TEXT[lang].expired : CSAT_TEXT[lang].forged;
    return { status: verified.reason === "expired" ? 410 : 403, html: page(lang, `<p>${esc(text)}</p>`) };
  }
  const { claim } = verified;
  const t = CSAT_TEXT[claim.lang];
  const rating = ratingOf(input.r);
  if (rating === null) return { status: 400, html: page(claim.lang, `<p>${esc(t.badRating)}</p>`) };
  const ref = surveyRef(db, claim.org, claim.key, claim.cycle);
  const comment =
    typeof input.comment === "string" && input.comment.trim() !== ""
      ? input.comment.trim().slice(0, CSAT_COMMENT_MAX)
      : undefined;
  await ref.set(
    {
      rating,
      at: nowMs,
      cycle: claim.cycle,
      ...(comment === undefined ? {} : { comment, commentAt: nowMs }),
    },
    { merge: true },
  );
  const form =
    `<form method="post" action="csat"><input type="hidden" name="t" value="${esc(String(input.t))}">` +
    `<input type="hidden" name="r" value="${rating}"><label>${esc(t.commentLabel)}<br>` +
    `<textarea name="comment" maxlength="${CSAT_COMMENT_MAX}"></textarea></label><br><button>${esc(t.send)}</button></form>`;
  const body =
    comment === undefined
      ? `<p>${esc(t.thanks(rating))}</p><p>${esc(t.change)}</p>${form}`
      : `<p>${esc(t.commentSaved)}</p>`;
  return { status: 200, html: page(claim.lang, body) };
}
