import {
  applyEvent,
  isBusinessInstant,
  SYSTEM_ACTOR,
  type Conversation,
  type ConversationEvent,
  type ConversationEventBody,
  waitingChanged,
} from "@baton/shared";
import { ROUTING_LIMITS } from "@baton/shared/limits";
import {
  evaluateRules,
  SPAM_TAG,
  type FiredAction,
  type MessageFacts,
  type RoutedBy,
  type RuleTrigger,
} from "@baton/shared/routing";
import { FieldValue, type Firestore, type Transaction } from "firebase-admin/firestore";
import type { Mailbox } from "../store/mailboxes";
import { routingPaths } from "./paths";
import { pickInTx, type DeferredWrites } from "./pick-in-tx";
import {
  candidatesOf,
  routedMailbox,
  routingDirectoryOf,
  type RoutedMailbox,
  type RoutingDirectory,
} from "./settings";

/** The customer's message that triggered routing, as observed (addresses bare and lower-cased). */
export interface ArrivalMessage {
  from: string;
  to?: readonly string[] | undefined;
  cc?: readonly string[] | undefined;
  subject: string;
  snippet?: string | undefined;
  hasAttachment?: boolean | undefined;
  /** It answers an earlier message (In-Reply-To or References). */
  isReply: boolean;
}

export interface Arrival {
  org: string;
  /** The mailbox it arrived in. */
  mailbox: Mailbox;
  /** The conversation with the arrival's message events applied. */
  conversation: Conversation;
  trigger: RuleTrigger;
  message: ArrivalMessage;
  nowMs: number;
  newId: () => string;
}

export interface Routed {
  /** The events routing adds after the message's (actor system, each with its routedBy). */
  events: ConversationEvent[];
  /** The mailbox the conversation ends in (a rule may have moved it). */
  mailbox: Mailbox;
  conversation: Conversation;
  /** Call after the transaction's other reads (the cursor, the customer's count). */
  write: (tx: Transaction) => void;
}

const MOVES = ROUTING_LIMITS.routingMovesPerArrival.value;
const PREVIOUS_CAP = ROUTING_LIMITS.routingPreviousConversations.value;
const SNIPPET = ROUTING_LIMITS.routingSnippetLength.value;

function usesPrevious(dir: RoutingDirectory): boolean {
  return dir.mailboxes.some((m) =>
    m.routing.rules.some((r) => r.when.some((c) => c.field === "previousConversations")),
  );
}

/**
 * Routes a customer's message inside the transaction that records it (the observe transaction),
 * so a retried transaction routes again from scratch and nothing is assigned twice: runs the
 * mailbox's enabled rules (a move runs the next mailbox's, at most routingMovesPerArrival moves),
 * turns each fired action into an event naming its rule, then, when nothing assigned it, it has no
 * owner, no person has taken routing over (routingLocked) and it is not resolved, the final
 * mailbox's strategy picks among its available agents. Only reads until `write` is called.
 */
export async function routeNewArrival(tx: Transaction, db: Firestore, arrival: Arrival): Promise<Routed> {
  const dir = await routingDirectoryOf(db, arrival.org);
  const writes: DeferredWrites = [];
  const events: ConversationEvent[] = [];
  let state = arrival.conversation;
  const emit = (body: ConversationEventBody) => {
    const event = {
      id: arrival.newId(),
      at: arrival.nowMs,
      actor: SYSTEM_ACTOR,
      ...body,
    } as ConversationEvent;
    events.push(event);
    state = applyEvent(state, event);
  };

  const from = arrival.message.from.toLowerCase();
  let previous = 0;
  if (usesPrevious(dir)) {
    const count: unknown = (await tx.get(routingPaths.customer(db, arrival.org, from))).get("count");
    const started = typeof count === "number" ? count : 0;
    previous = Math.min(PREVIOUS_CAP, arrival.trigger === "new_conversation" ? started : started - 1);
  }
  if (arrival.trigger === "new_conversation") {
    // Bounded by the limit a condition may compare with: counting further would change no rule.
    writes.push((t) =>
      t.set(
        routingPaths.customer(db, arrival.org, from),
        { count: FieldValue.increment(1), at: arrival.nowMs },
        { merge: true },
      ),
    );
  }

  let routed: RoutedMailbox | undefined = routedMailbox(dir, arrival.mailbox.id);
  let assigned = false;
  for (let moves = 0; routed !== undefined;) {
    const facts: MessageFacts = {
      from,
      to: arrival.message.to ?? [],
      cc: arrival.message.cc ?? [],
      subject: arrival.message.subject,
      snippet: (arrival.message.snippet ?? "").slice(0, SNIPPET),
      hasAttachment: arrival.message.hasAttachment ?? false,
      isReply: arrival.message.isReply,
      previousConversations: Math.max(0, previous),
      inBusinessHours: isBusinessInstant(routed.mailbox.calendar, arrival.nowMs),
      priority: state.priority,
      tags: state.tags,
    };
    let next: RoutedMailbox | undefined;
    for (const fired of evaluateRules(routed.routing.rules, facts, arrival.trigger)) {
      const routedBy: RoutedBy = { rule: { id: fired.cause.ruleId, name: fired.cause.ruleName } };
      const action = fired.action;
      switch (action.type) {
        case "set_priority":
          if (state.priority !== action.priority)
            emit({ type: "priority_changed", from: state.priority, to: action.priority, routedBy });
          break;
        case "add_tags":
          for (const tag of action.tags)
            if (!state.tags.includes(tag)) emit({ type: "tag_added", tag, routedBy });
          break;
        case "mark":
          if (state.status !== "resolved")
            emit({ type: "status_changed", from: state.status, to: "resolved", routedBy });
          if (action.status === "spam" && !state.tags.includes(SPAM_TAG))
            emit({ type: "tag_added", tag: SPAM_TAG, routedBy });
          break;
        case "move_to_mailbox": {
          const target = routedMailbox(dir, action.mailbox);
          if (target === undefined || target.mailbox.id === routed.mailbox.id || moves >= MOVES) break;
          emit({ type: "mailbox_moved", from: routed.mailbox.address, to: target.mailbox.address, routedBy });
          next = target;
          break;
        }
        case "assign":
          if (await assignByRule(tx, db, arrival, dir, routed, fired, state, writes, emit)) assigned = true;
          break;
      }
    }
    if (next === undefined) break;
    routed = next;
    moves += 1;
  }

  const final = routed ?? routedMailbox(dir, arrival.mailbox.id);
  if (
    !assigned &&
    final !== undefined &&
    state.assignee === null &&
    state.routingLocked !== true &&
    state.status !== "resolved" &&
    final.routing.strategy !== "manual"
  ) {
    const picked = await pickInTx(
      tx,
      db,
      arrival.org,
      {
        routed: final,
        strategy: final.routing.strategy,
        candidates: candidatesOf(dir, final),
        conversation: state,
        cursorId: final.mailbox.id,
        nowMs: arrival.nowMs,
      },
      writes,
    );
    if (picked.assignee !== null)
      emit({
        type: "assigned",
        assignee: picked.assignee,
        previous: null,
        routedBy: { strategy: picked.strategy, skipped: picked.skipped },
      });
    // Nobody available: say so on the conversation ("Waiting: nobody available (Ana off shift)"),
    // unless a customer's follow-up finds the same nobody it already says.
    else if (waitingChanged(state.routed, picked.skipped))
      emit({ type: "routing_waited", routedBy: { strategy: picked.strategy, skipped: picked.skipped } });
  }
  return {
    events,
    mailbox: final?.mailbox ?? arrival.mailbox,
    conversation: state,
    write: (t) => {
      for (const w of writes) w(t);
    },
  };
}

/** An `assign` action: a named member, or a strategy over a group or the mailbox's agents. */
async function assignByRule(
  tx: Transaction,
  db: Firestore,
  arrival: Arrival,
  dir: RoutingDirectory,
  routed: RoutedMailbox,
  fired: FiredAction,
  state: Conversation,
  writes: DeferredWrites,
  emit: (body: ConversationEventBody) => void,
): Promise<boolean> {
  const action = fired.action;
  if (action.type !== "assign") return false;
  // People win (routingLocked), and routing assigns only what nobody owns.
  if (state.routingLocked === true || state.assignee !== null || state.status === "resolved") return false;
  const rule = { id: fired.cause.ruleId, name: fired.cause.ruleName };
  if (action.member !== undefined) {
    const member = dir.members.find((m) => m.email.toLowerCase() === action.member?.toLowerCase());
    if (member === undefined) return false;
    emit({ type: "assigned", assignee: member.email, previous: null, routedBy: { rule } });
    return true;
  }
  const strategy =
    action.strategy ?? (routed.routing.strategy === "manual" ? "round_robin" : routed.routing.strategy);
  const candidates =
    action.group === undefined
      ? candidatesOf(dir, routed)
      : action.group
          .map((g) => dir.members.find((m) => m.email.toLowerCase() === g.toLowerCase()))
          .filter((m) => m !== undefined);
  const cursorId = action.group === undefined ? routed.mailbox.id : `${routed.mailbox.id}.${rule.id}`;
  const picked = await pickInTx(
    tx,
    db,
    arrival.org,
    { routed, strategy, candidates, conversation: state, cursorId, nowMs: arrival.nowMs },
    writes,
  );
  if (picked.assignee === null) return false;
  emit({
    type: "assigned",
    assignee: picked.assignee,
    previous: null,
    routedBy: { rule, strategy: picked.strategy, skipped: picked.skipped },
  });
  return true;
}
