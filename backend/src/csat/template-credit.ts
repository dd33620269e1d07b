import { csatDelta, cycleTemplateIds, withCycleTemplate } from "@baton/shared/templates";
import {
  FieldValue,
  type DocumentReference,
  type Firestore,
  type Transaction,
} from "firebase-admin/firestore";
import { paths } from "../store/paths";
import { templatePaths } from "../templates/store";
import { surveyRef } from "./survey";

/*
 * Average CSAT per template (issue 17). orgs/{org}/conversations/{key}/csatTemplates/{cycle} holds
 * `templateIds`: the templates used on the conversation in that cycle (bounded and deduplicated by
 * shared withCycleTemplate). Each template document keeps `csatCount` and `csatSum` of the answers
 * credited to it. Both sides run in a transaction that reads the cycle's list and its survey, so a use
 * and an answer arriving together serialise: whichever commits second sees the other and credits the
 * answer exactly once.
 *
 * Its own document beside csat/{cycle}, not a field of the survey: the survey is created on resolve
 * (create() is how a second resolve knows it was sent), and templates are used before that.
 */

export function cycleTemplatesRef(db: Firestore, org: string, key: string, cycle: number) {
  return paths.conversation(db, org, key).collection("csatTemplates").doc(String(cycle));
}

const templateRef = templatePaths.one;

function ratingOf(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

function credit(tx: Transaction, ref: DocumentReference, before: number | null, after: number): void {
  const delta = csatDelta(before, after);
  if (delta === null) return;
  tx.update(ref, { csatCount: FieldValue.increment(delta.count), csatSum: FieldValue.increment(delta.sum) });
}

/**
 * A template used on the conversation's current cycle: remembered there and, when the cycle's survey
 * is already answered, credited with that answer at once (a reply after the answer still counts for
 * the conversation). Idempotent: a second use of the same template in the cycle changes nothing.
 * Answers whether the template was added.
 */
export async function creditTemplateUse(
  db: Firestore,
  input: { org: string; key: string; cycle: number; templateId: string },
): Promise<boolean> {
  const { org, key, cycle, templateId } = input;
  const listRef = cycleTemplatesRef(db, org, key, cycle);
  const template = templateRef(db, org, templateId);
  return db.runTransaction(async (tx) => {
    const [list, survey, current] = await Promise.all([
      tx.get(listRef),
      tx.get(surveyRef(db, org, key, cycle)),
      tx.get(template),
    ]);
    // Deleted since the caller's check: nothing to credit.
    if (!current.exists) return false;
    const next = withCycleTemplate(cycleTemplateIds(list.get("templateIds")), templateId);
    if (next === null) return false;
    tx.set(listRef, { cycle, templateIds: next }, { merge: true });
    const rating = ratingOf(survey.get("rating"));
    if (rating !== null) credit(tx, template, null, rating);
    return true;
  });
}

/**
 * The answer side, in the answer's transaction. Reads first (a transaction's reads precede its
 * writes): the cycle's templates that still exist. Then `apply` credits each with the change from the
 * survey's previous rating to the new one (a first answer, a changed answer, or nothing on a retry).
 */
export async function readCycleTemplates(
  tx: Transaction,
  db: Firestore,
  org: string,
  key: string,
  cycle: number,
): Promise<{ apply: (before: unknown, after: number) => void }> {
  const list = await tx.get(cycleTemplatesRef(db, org, key, cycle));
  const refs = cycleTemplateIds(list.get("templateIds")).map((id) => templateRef(db, org, id));
  const templates = refs.length === 0 ? [] : await tx.getAll(...refs);
  const existing = templates.filter((t) => t.exists).map((t) => t.ref);
  return {
    apply: (before, after) => {
      for (const ref of existing) credit(tx, ref, ratingOf(before), after);
    },
  };
}
