import type { Firestore } from "firebase-admin/firestore";
import { ALL_AGENTS, rollupDocId, UNASSIGNED, type RollupKey } from "@baton/shared";
import type { DocumentData, Transaction } from "firebase-admin/firestore";
import { incrementDoc } from "../metrics/rollup-docs";
import { surveyRef } from "./survey";
import { readCycleTemplates } from "./template-credit";
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
 * rating, never adds one), in the metric and in the average of each template used in the cycle. Every outcome is a page in the survey's language; a forged link gets
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
  await db.runTransaction(async (tx) => {
    const survey = await tx.get(ref);
    const templates = await readCycleTemplates(tx, db, claim.org, claim.key, claim.cycle);
    tx.set(
      ref,
      {
        rating,
        at: nowMs,
        cycle: claim.cycle,
        ...(comment === undefined ? {} : { comment, commentAt: nowMs }),
      },
      { merge: true },
    );
    countAnswer(tx, db, claim.org, survey.data(), rating);
    // The same change for each template used in the cycle (their average CSAT), in this transaction.
    templates.apply(survey.get("rating"), rating);
  });
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

/**
 * The answer's part of the CSAT metric: one more response and its rating, or on a changed answer
 * the new rating in place of the old, added to the owner's and the mailbox's rollup of the resolve's
 * day. In the key's own "~csat" document, beside the shards the event log writes: a metrics rebuild
 * replaces those, not this one (so it keeps the answers, which are not in the log).
 */
function countAnswer(
  tx: Transaction,
  db: Firestore,
  org: string,
  survey: DocumentData | undefined,
  rating: number,
): void {
  const { day, mailboxId, owner, rating: previous } = survey ?? {};
  // A survey sent before the metric existed says nothing of where to count it.
  if (typeof day !== "string" || typeof mailboxId !== "string") return;
  const before = typeof previous === "number" ? previous : null;
  if (before === rating) return;
  const counts = { csatResponses: before === null ? 1 : 0, csatRatingSum: rating - (before ?? 0) };
  const agents = [typeof owner === "string" ? owner : UNASSIGNED, ALL_AGENTS];
  for (const agent of agents) {
    const key: RollupKey = { day, mailboxId, agent };
    const ref = db
      .collection("orgs")
      .doc(org)
      .collection("rollups")
      .doc(`${rollupDocId(key)}${CSAT_SHARD}`);
    tx.set(ref, incrementDoc(key, { counts, hists: {}, hourOfWeek: {} }), { merge: true });
  }
}

/** The suffix of a rollup key's CSAT document (after the day's "_" range readers use: ids sort "~" last). */
export const CSAT_SHARD = "~csat";
