import { SYSTEM_ACTOR, type ConversationEvent, type ConversationEventBody } from "@baton/shared";
import { nextWorkingInstant, shouldNotifyNow } from "@baton/shared/escalation";
import type { RoutedBy } from "@baton/shared/routing";
import { FieldValue, type Firestore } from "firebase-admin/firestore";
import { appendEvents } from "../handlers/append";
import { MAIL_COLLECTION } from "../notify/email";
import { memberLanguages, speak } from "../notify/language";
import { holdMail } from "../sla/outbox";
import { loadForAppendInTx, MAX_TRANSACTION_ATTEMPTS } from "../store/conversations";
import { createIdGenerator } from "../store/ids";
import { paths } from "../store/paths";
import { noteTxAttempt } from "../store/tx-attempts";
import { REBALANCE_BATCH, REBALANCE_NOTICE_LISTED, REBALANCE_PER_CALL } from "./limits";
import { routingPaths } from "./paths";
import { pickInTx, type DeferredWrites } from "./pick-in-tx";
import { candidatesOf, routedMailbox, routingDirectoryOf, type RoutingDirectory } from "./settings";
import { inRoutingTurn } from "./turns";

export type RebalanceReason = "away" | "removed";

export interface RebalanceReport {
  /** Conversations given to someone else. */
  reassigned: number;
  /** Conversations released to the queue (manual mailbox, or nobody available): the sweep assigns them. */
  released: number;
  /** Notices queued (one per receiving member, when the rebalance finished). */
  notices: number;
  /** False: more remain; the routing sweep resumes it (the rebalance document says so). */
  done: boolean;
}

const OPEN = ["open", "pending", "snoozed"];

function leadOf(dir: RoutingDirectory, gone: string): string | null {
  const leads = dir.members.filter((m) => m.role === "lead" && m.email !== gone).map((m) => m.email);
  return leads.sort()[0] ?? null;
}

/**
 * Offers the open conversations of a member who went away or was removed back to routing: per
 * conversation, in its own transaction (reading the candidates' loads and the cursor like any
 * assignment, so caps hold), to the mailbox's lead when its `rebalanceTo` is "lead", else to its
 * strategy over the other agents; a manual mailbox, or nobody available, releases it to the queue
 * (the routing sweep assigns it when someone is). Each receiver is recorded on the rebalance
 * document, and when none remain ONE notice per receiver is queued, listing their conversations.
 * Bounded (REBALANCE_PER_CALL per call) and resumable: a call that stops early leaves the rebalance
 * unfinished and the routing sweep calls this again. Idempotent: a conversation already moved is no
 * longer the member's, so a repeated call moves nothing twice.
 */
export async function rebalanceMember(
  db: Firestore,
  org: string,
  email: string,
  reason: RebalanceReason,
  nowMs: number = Date.now(),
): Promise<RebalanceReport> {
  const gone = email.toLowerCase();
  const runRef = routingPaths.rebalance(db, org, gone);
  const run = await runRef.get();
  const runId = run.exists && run.get("done") === false ? String(run.get("runId")) : `r${nowMs}`;
  if (!(run.exists && run.get("done") === false))
    await runRef.set({ runId, reason, startedAt: nowMs, done: false });

  const report: RebalanceReport = { reassigned: 0, released: 0, notices: 0, done: false };
  for (let moved = 0; moved < REBALANCE_PER_CALL;) {
    const page = await paths
      .conversations(db, org)
      .where("assignee", "==", gone)
      .where("status", "in", OPEN)
      .limit(Math.min(REBALANCE_BATCH, REBALANCE_PER_CALL - moved))
      .get();
    if (page.empty) {
      report.notices = await sendNotices(db, org, gone, reason, runId, nowMs);
      await runRef.set({ done: true, finishedAt: nowMs }, { merge: true });
      report.done = true;
      return report;
    }
    for (const doc of page.docs) {
      const outcome = await moveOne(db, org, gone, doc.id, runId, nowMs);
      if (outcome === "reassigned") report.reassigned += 1;
      if (outcome === "released") report.released += 1;
      moved += 1;
    }
  }
  return report;
}

async function moveOne(
  db: Firestore,
  org: string,
  gone: string,
  key: string,
  runId: string,
  nowMs: number,
): Promise<"reassigned" | "released" | "skipped"> {
  const dir = await routingDirectoryOf(db, org);
  const mailboxId: unknown = (await paths.conversation(db, org, key).get()).get("mailboxId");
  const turn = typeof mailboxId === "string" ? `${org}/${mailboxId}` : null;
  return inRoutingTurn(turn, () => moveInTx(db, org, dir, gone, key, runId, nowMs));
}

function moveInTx(
  db: Firestore,
  org: string,
  dir: RoutingDirectory,
  gone: string,
  key: string,
  runId: string,
  nowMs: number,
): Promise<"reassigned" | "released" | "skipped"> {
  return db.runTransaction(
    async (tx) => {
      noteTxAttempt();
      const base = await loadForAppendInTx(tx, db, org, key);
      const c = base?.conversation;
      if (base === null || c === undefined || c.assignee !== gone || c.status === "resolved")
        return "skipped";
      const routed = routedMailbox(dir, base.mailbox.id) ?? routedMailbox(dir, c.mailbox);
      const writes: DeferredWrites = [];
      let assignee: string | null = null;
      let routedBy: RoutedBy = { rebalancedFrom: gone };
      const lead = leadOf(dir, gone);
      if (routed?.routing.rebalanceTo === "lead" && lead !== null) {
        assignee = lead;
      } else if (routed !== undefined) {
        const picked = await pickInTx(
          tx,
          db,
          org,
          {
            routed,
            strategy: routed.routing.strategy,
            candidates: candidatesOf(dir, routed),
            conversation: c,
            cursorId: routed.mailbox.id,
            nowMs,
            exclude: gone,
          },
          writes,
        );
        assignee = picked.assignee;
        routedBy = { rebalancedFrom: gone, strategy: picked.strategy, skipped: picked.skipped };
      }
      const body: ConversationEventBody =
        assignee === null
          ? { type: "released", previous: gone }
          : { type: "assigned", assignee, previous: gone, routedBy };
      const event = {
        id: createIdGenerator(nowMs)(),
        at: nowMs,
        actor: SYSTEM_ACTOR,
        ...body,
      } as ConversationEvent;
      await appendEvents(tx, db, org, base, [event], nowMs);
      for (const w of writes) w(tx);
      if (assignee !== null) {
        tx.set(
          routingPaths.rebalance(db, org, gone).collection("receivers").doc(`${runId}.${assignee}`),
          {
            runId,
            member: assignee,
            // Whose hours hold the notice when the receiver has none of their own (as SLA notices).
            mailboxId: base.mailbox.id,
            items: FieldValue.arrayUnion({ key, subject: c.subject }),
          },
          { merge: true },
        );
      }
      return assignee === null ? "released" : "reassigned";
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}

/** One mail per receiving member of this run (Trigger Email's `mail` collection, like SLA notices). */
async function sendNotices(
  db: Firestore,
  org: string,
  gone: string,
  reason: string,
  runId: string,
  nowMs: number,
): Promise<number> {
  const receivers = await routingPaths
    .rebalance(db, org, gone)
    .collection("receivers")
    .where("runId", "==", runId)
    .get();
  const dir = await routingDirectoryOf(db, org);
  const own = await memberLanguages(
    db,
    org,
    receivers.docs.map((doc) => String(doc.get("member"))),
  );
  for (const doc of receivers.docs) {
    const member = String(doc.get("member"));
    const mailboxId: unknown = doc.get("mailboxId");
    // The receiver's language, else their mailbox's (issue 18).
    const mailboxLanguage =
      typeof mailboxId === "string" ? routedMailbox(dir, mailboxId)?.mailbox.csat?.language : undefined;
    const t = speak(own.get(member), mailboxLanguage);
    const items = (doc.get("items") ?? []) as Array<{ key: string; subject: string }>;
    const listed = items
      .slice(0, REBALANCE_NOTICE_LISTED)
      .map((i) => `- ${i.subject || t.t("notify.noSubject")}`);
    const more = items.length - listed.length;
    const said = { member: gone, count: items.length };
    const text = [
      reason === "away" ? t.t("notify.rebalanceAway", said) : t.t("notify.rebalanceRemoved", said),
      ...listed,
      ...(more > 0 ? [t.t("notify.rebalanceMore", { count: more })] : []),
    ].join("\n");
    const mail = {
      to: [member],
      message: { subject: t.t("notify.rebalanceSubject", { member: gone }), text },
    };
    // The id names the run and the member: a resumed or retried rebalance queues the same mail once.
    const id = `rebalance.${runId}.${member}`;
    // Outside the receiver's working hours it waits for them, like an SLA notice (quiet hours).
    const notBefore = quietUntil(dir, member, doc.get("mailboxId"), nowMs);
    if (notBefore !== null) await holdMail(db, org, id, mail, notBefore, nowMs);
    else
      await db
        .collection(MAIL_COLLECTION)
        .doc(`${org}.${id}`)
        .set({ ...mail, at: nowMs });
  }
  return receivers.size;
}

/**
 * When a notice to `member` should wait until (their next working instant), or null to send now:
 * their own working hours, else the mailbox's calendar, as quiet hours read them for SLA notices.
 * Never urgent and nobody's pager, so it is held rather than redirected.
 */
function quietUntil(dir: RoutingDirectory, member: string, mailboxId: unknown, nowMs: number): number | null {
  const own = dir.members.find((m) => m.email.toLowerCase() === member.toLowerCase())?.availability
    .workingHours;
  const hours =
    own ?? (typeof mailboxId === "string" ? routedMailbox(dir, mailboxId)?.mailbox.calendar : undefined);
  if (hours === undefined) return null;
  if (shouldNotifyNow(hours, nowMs, { onCall: false, urgent: false }) === "notify") return null;
  return nextWorkingInstant(hours, nowMs);
}
