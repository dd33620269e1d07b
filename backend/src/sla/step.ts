import {
  planSlaActions,
  slaHistory,
  slaState,
  SYSTEM_ACTOR,
  type ConversationEvent,
  type SlaAction,
} from "@baton/shared";
import type { MemberContact } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { NotifyDeps } from "../notify/dispatch";
import type { ChannelTargets, SlaNotice } from "../notify/types";
import { appendEvents } from "../handlers/append";
import { loadConversationInTx, MAX_TRANSACTION_ATTEMPTS } from "../store/conversations";
import { addToOutbox, deliverFromOutbox, heldNotices } from "./outbox";
import { slaPaths } from "./paths";
import type { SlaTaskScheduler } from "./scheduler";
import {
  loadChannelTargets,
  loadEscalationSettings,
  loadMemberContacts,
  type EscalationSettings,
} from "./settings";

/** What one SLA step needs from the world. Settings reads go through caches one sweep can share. */
export interface SlaRunDeps {
  db: Firestore;
  notify: NotifyDeps;
  scheduler: SlaTaskScheduler;
  cache?: SettingsCache;
  log?: (message: string, data: Record<string, unknown>) => void;
}

/** Per-run memo of org members and mailbox settings: a sweep over 100 conversations reads them once. */
export interface SettingsCache {
  members: Map<string, Promise<MemberContact[]>>;
  escalation: Map<string, Promise<EscalationSettings>>;
  targets: Map<string, Promise<ChannelTargets>>;
}

export function newSettingsCache(): SettingsCache {
  return { members: new Map(), escalation: new Map(), targets: new Map() };
}

function memo<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (value === undefined) {
    value = load();
    map.set(key, value);
  }
  return value;
}

export interface StepResult {
  /** Actions this run recorded (empty when another runner had recorded them, or none were due). */
  recorded: SlaAction[];
  nextCheckAt: number | null;
  found: boolean;
}

/** gRPC ALREADY_EXISTS: a concurrent runner created one of our event ids between our read and commit. */
const ALREADY_EXISTS = 6;

function eventOf(action: SlaAction, nowMs: number): ConversationEvent {
  const base = { id: action.eventId, at: nowMs, actor: SYSTEM_ACTOR };
  if (action.kind === "escalated") {
    return {
      ...base,
      type: "sla_escalated",
      clock: action.clock,
      cycle: action.cycle,
      notified: action.recipients,
    };
  }
  const type = action.kind === "warned" ? "sla_warned" : "sla_breached";
  return { ...base, type, clock: action.clock, cycle: action.cycle, dueAt: action.dueAt };
}

async function stepOnce(deps: SlaRunDeps, org: string, key: string, nowMs: number) {
  const { db } = deps;
  const cache = deps.cache ?? newSettingsCache();
  const members = await memo(cache.members, org, () => loadMemberContacts(db, org));
  return db.runTransaction(
    async (tx) => {
      const loaded = await loadConversationInTx(tx, db, org, key);
      if (loaded === null) {
        // Deleted meanwhile: drop its timer so the sweeper stops finding it.
        tx.delete(slaPaths.timer(db, org, key));
        return { found: false, notices: [] as SlaNotice[], recorded: [], nextCheckAt: null };
      }
      const { mailbox, events, conversation } = loaded;
      const settings = await memo(cache.escalation, `${org}/${mailbox.id}`, () =>
        loadEscalationSettings(db, org, mailbox.id),
      );
      const plan = planSlaActions({
        conversation,
        clocks: slaHistory(events, mailbox.policy, mailbox.calendar, nowMs),
        recorded: new Set(events.map((e) => e.id)),
        calendar: mailbox.calendar,
        escalation: settings.policy,
        rota: settings.rota,
        fallbackOnCall: mailbox.routing.onCall,
        members,
        nowMs,
      });
      // Every event id was absent when read; create() in appendEvents makes "only if absent" hold at
      // commit too. The summary (sla.nextCheckAt) is recomputed even when nothing was due, so a stale
      // check does not come back every sweep.
      await appendEvents(
        tx,
        db,
        org,
        loaded,
        plan.actions.map((a) => eventOf(a, nowMs)),
        nowMs,
      );
      const notices = plan.actions
        .filter((a) => a.channels.length > 0)
        .map((a): SlaNotice => ({
          org,
          mailboxId: mailbox.id,
          conversationKey: key,
          eventId: a.eventId,
          kind: a.kind,
          clock: a.clock,
          cycle: a.cycle,
          dueAt: a.dueAt,
          level: a.level,
          subject: conversation.subject,
          assignee: conversation.assignee,
          recipients: a.recipients,
          skipped: a.skipped,
          channels: a.channels,
          at: nowMs,
          timeZone: mailbox.calendar.timeZone,
        }));
      for (const notice of notices) addToOutbox(tx, db, notice, nowMs);
      // Members in quiet hours get theirs when their working hours start (the sweeper's deliverHeld).
      for (const held of notices.flatMap(heldNotices))
        addToOutbox(tx, db, held.notice, nowMs, held.notBefore);
      // The conversation's nextCheckAt knows only clocks; a pending escalation needs its own timer.
      const clocksOnly = slaState([...events], mailbox.policy, mailbox.calendar, nowMs).nextCheckAt;
      const timer = slaPaths.timer(db, org, key);
      if (plan.nextCheckAt !== null && plan.nextCheckAt !== clocksOnly) {
        tx.set(timer, { org, key, at: plan.nextCheckAt });
      } else {
        tx.delete(timer);
      }
      return { found: true, notices, recorded: plan.actions, nextCheckAt: plan.nextCheckAt };
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}

/** Where a notice goes (its mailbox's channels), read once per mailbox per run. */
export function channelTargetsLoader(deps: SlaRunDeps): (notice: SlaNotice) => Promise<ChannelTargets> {
  const cache = deps.cache ?? newSettingsCache();
  return (notice) =>
    memo(cache.targets, `${notice.org}/${notice.mailboxId}`, () =>
      loadChannelTargets(deps.db, notice.org, notice.mailboxId),
    );
}

/**
 * One conversation's SLA step at `nowMs`, shared by the task handler and the sweeper: in one
 * transaction, replay the log with the mailbox's policy and calendar, plan the due actions, record
 * each action's event only if absent (deterministic ids), put its notice in the outbox and
 * recompute the next check. After commit: deliver the notices this run recorded (each claimed once)
 * and queue a task for the next check. Two runners at once record each event once between them.
 */
export async function runSlaStep(
  deps: SlaRunDeps,
  org: string,
  key: string,
  nowMs: number,
): Promise<StepResult> {
  let outcome: Awaited<ReturnType<typeof stepOnce>>;
  try {
    outcome = await stepOnce(deps, org, key, nowMs);
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    // Lost a race on an event id the transaction could not see yet: the replay now includes it.
    outcome = await stepOnce(deps, org, key, nowMs);
  }
  const targetsOf = channelTargetsLoader(deps);
  await Promise.allSettled(
    outcome.notices.map((notice) => deliverFromOutbox(deps.db, deps.notify, org, notice.eventId, targetsOf)),
  );
  if (outcome.nextCheckAt !== null) {
    try {
      await deps.scheduler.schedule({ org, key, at: outcome.nextCheckAt });
    } catch (error) {
      // The sweeper is the safety net: a task that could not be queued is picked up within a minute.
      deps.log?.("could not queue the next SLA check", { org, key, error: String(error) });
    }
  }
  return { found: outcome.found, recorded: outcome.recorded, nextCheckAt: outcome.nextCheckAt };
}
