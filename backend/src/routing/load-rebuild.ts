import { PRIORITIES, STATUSES } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { JobContext, JobKind, StepResult } from "../jobs/types";
import { paths } from "../store/paths";
import { MEMBER_LOAD_REBUILD_PAGE } from "./limits";
import { routingPaths } from "./paths";

/**
 * The member-load rebuild (issue 16): open load is kept by every append since routing shipped, so a
 * conversation owned before it was never counted and caps are under-enforced on an upgraded
 * deployment. This job recounts each member's open load from the conversations and replaces their
 * `memberLoad/{email}` document, then marks the org counted (`routingMeta/load.countedAt`).
 *
 * Correct under concurrent appends: each member is recounted in ONE transaction that first reads
 * their load document, then counts their open conversations per priority (aggregations in the
 * transaction), then replaces the document. Every append that changes that member's load writes
 * the same document (putEvents → writeLoadDelta), so it either committed before the read (and its
 * conversation is in the counts) or conflicts with this transaction and lands after it (its
 * increment applies on top of the recount): no delta is lost or counted twice. Why not page the
 * conversations into a staging count and swap: a delta written between a page and the swap would be
 * lost or doubled, and telling which would need a log of every delta.
 */

/** The statuses that count towards open load: everything a member owns and has not resolved. */
const OPEN_STATUSES = STATUSES.filter((s) => s !== "resolved");

export interface LoadRebuildCursor {
  /** Members first (who routing can pick), then load documents of anyone else (left stale otherwise). */
  phase: "members" | "loads";
  /** The last address recounted in this phase (document id order). */
  after: string;
}

/** Recounts one member's open load and replaces their load document, in one transaction. */
export async function recountMemberLoad(db: Firestore, org: string, email: string, nowMs: number) {
  const ref = routingPaths.memberLoad(db, org, email);
  const open = paths
    .conversations(db, org)
    .where("assignee", "==", email)
    .where("status", "in", OPEN_STATUSES);
  return db.runTransaction(async (tx) => {
    // Read first: an append touching this member's load now conflicts with this transaction.
    await tx.get(ref);
    const counts = await Promise.all(
      PRIORITIES.map(async (p) => (await tx.get(open.where("priority", "==", p).count())).data().count),
    );
    const load = Object.fromEntries(PRIORITIES.map((p, i) => [p, counts[i] ?? 0]));
    tx.set(ref, { ...load, countedAt: nowMs });
    return load;
  });
}

async function page(db: Firestore, org: string, cursor: LoadRebuildCursor): Promise<string[]> {
  const source = cursor.phase === "members" ? paths.members(db, org) : routingPaths.loads(db, org);
  let query = source.orderBy("__name__").select().limit(MEMBER_LOAD_REBUILD_PAGE);
  if (cursor.after !== "") query = query.startAfter(cursor.after);
  return (await query.get()).docs.map((d) => d.id);
}

export const memberLoadRebuildKind: JobKind<LoadRebuildCursor> = {
  kind: "member_load_rebuild",
  async step(ctx: JobContext, given): Promise<StepResult<LoadRebuildCursor>> {
    const { db, org, nowMs, deadlineMs } = ctx;
    const cursor = given ?? { phase: "members", after: "" };
    const emails = await page(db, org, cursor);
    let after = cursor.after;
    let processed = 0;
    for (const email of emails) {
      if (processed > 0 && Date.now() > deadlineMs) break;
      // A member recounted in the first phase is recounted again here only if it has a load
      // document; harmless (the recount is idempotent) and it keeps the phases independent.
      await recountMemberLoad(db, org, email.toLowerCase(), nowMs);
      after = email;
      processed += 1;
    }
    const stage =
      cursor.phase === "members" ? "recounting members' open load" : "recounting other load documents";
    if (processed < emails.length || emails.length === MEMBER_LOAD_REBUILD_PAGE)
      return { cursor: { phase: cursor.phase, after }, processed, stage };
    if (cursor.phase === "members") return { cursor: { phase: "loads", after: "" }, processed, stage };
    return {
      cursor: null,
      processed,
      stage: "open load counted",
      commit: (tx) => {
        tx.set(routingPaths.loadMarker(db, org), { countedAt: nowMs, jobId: ctx.jobId });
        return Promise.resolve();
      },
    };
  },
};

/** Whether the org's open load was ever recounted (the rebuild finished once). */
export async function loadWasCounted(db: Firestore, org: string): Promise<boolean> {
  return (await routingPaths.loadMarker(db, org).get()).exists;
}
