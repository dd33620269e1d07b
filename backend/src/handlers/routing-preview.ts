import {
  isBusinessInstant,
  type BusinessCalendar,
  type ConversationEventBody,
  type MailboxRoutingResponse,
  type Priority,
  type RoutingPreviewItem,
} from "@baton/shared";
import {
  evaluateRules,
  explainRoutedEvent,
  explainWaiting,
  pick,
  SPAM_TAG,
  type Candidate,
  type DisplayNames,
  type OpenLoad,
  type PickState,
  type RoutedBy,
  type RoutingMember,
  type Skipped,
  type Strategy,
} from "@baton/shared/routing";

/*
 * POST /mailboxes/{id}/routing/preview, the pure part: a draft routing run over conversations as
 * they arrived, answering what would fire, who would be picked and the sentences the sidebars would
 * show. Nothing here reads or writes Firestore; routing.ts gathers the facts (a bounded read).
 */

type Routing = MailboxRoutingResponse["routing"];

/** What the preview knows of one conversation: its stored document and its first customer message. */
export interface PreviewConversation {
  key: string;
  subject: string;
  /** The first customer message's sender (lower-cased); "" when the log starts with our own reply. */
  from: string;
  arrivedAt: number;
  snippet: string;
  hasAttachment: boolean;
  isReply: boolean;
}

export interface PreviewContext {
  mailboxAddress: string;
  calendar: BusinessCalendar;
  /** The org's members with their availability: candidates are the agents (all when none) or a group. */
  members: readonly RoutingMember[];
  /** Each member's open load now; the preview adds what it would assign, as real arrivals would. */
  loads: ReadonlyMap<string, OpenLoad>;
  names: DisplayNames;
  nowMs: number;
}

/** A new conversation starts at normal priority without tags: that is what the rules would see. */
const ARRIVAL_PRIORITY: Priority = "normal";

/**
 * Runs the draft over `conversations` (any order) as if they arrived in order, oldest first, so the
 * round-robin cursor and the loads move as they would; answers newest first. The availability
 * (away, shift, caps) is judged at `nowMs`, as the routing would judge a conversation arriving now.
 */
export function previewRouting(
  routing: Routing,
  conversations: readonly PreviewConversation[],
  context: PreviewContext,
): { conversations: RoutingPreviewItem[]; firedByRule: Record<string, number> } {
  const loads = new Map([...context.loads].map(([email, load]) => [email, { ...load }]));
  let state: PickState = { roundRobinCursor: null };
  const firedByRule: Record<string, number> = {};
  const seenSenders = new Map<string, number>();
  const items: RoutingPreviewItem[] = [];
  for (const c of [...conversations].sort(
    (a, b) => a.arrivedAt - b.arrivedAt || a.key.localeCompare(b.key),
  )) {
    // Earlier conversations of the same sender, within the previewed window only.
    const previous = c.from === "" ? 0 : (seenSenders.get(c.from) ?? 0);
    if (c.from !== "") seenSenders.set(c.from, previous + 1);
    const fired = evaluateRules(
      routing.rules,
      {
        from: c.from,
        to: [context.mailboxAddress],
        cc: [],
        subject: c.subject,
        snippet: c.snippet,
        hasAttachment: c.hasAttachment,
        isReply: c.isReply,
        previousConversations: previous,
        inBusinessHours: isBusinessInstant(context.calendar, c.arrivedAt),
        priority: ARRIVAL_PRIORITY,
        tags: [],
      },
      "new_conversation",
    );
    for (const rule of new Set(fired.map((f) => f.cause.ruleId)))
      firedByRule[rule] = (firedByRule[rule] ?? 0) + 1;
    const events: ConversationEventBody[] = [];
    let priority = ARRIVAL_PRIORITY;
    const tags: string[] = [];
    let closed = false;
    let moved = false;
    let assign: { strategy: Strategy; group: readonly string[] | null; rule: RoutedBy["rule"] } | null = null;
    let assignee: string | null = null;
    let skipped: Skipped[] = [];
    const sentences: string[] = [];
    for (const { action, cause } of fired) {
      const rule = { id: cause.ruleId, name: cause.ruleName };
      switch (action.type) {
        case "set_priority":
          events.push({ type: "priority_changed", from: priority, to: action.priority, routedBy: { rule } });
          priority = action.priority;
          break;
        case "add_tags":
          for (const tag of action.tags) {
            tags.push(tag);
            events.push({ type: "tag_added", tag, routedBy: { rule } });
          }
          break;
        case "move_to_mailbox":
          moved = true;
          events.push({ type: "mailbox_moved", from: "", to: action.mailbox, routedBy: { rule } });
          break;
        case "mark":
          closed = true;
          if (action.status === "spam") events.push({ type: "tag_added", tag: SPAM_TAG, routedBy: { rule } });
          events.push({ type: "status_changed", from: "open", to: "resolved", routedBy: { rule } });
          break;
        case "assign":
          if (action.member !== undefined) {
            assignee = action.member;
            events.push({ type: "assigned", assignee, previous: null, routedBy: { rule } });
          } else {
            const strategy =
              action.strategy ?? (routing.strategy === "manual" ? "round_robin" : routing.strategy);
            assign = { strategy, group: action.group ?? null, rule };
          }
          break;
      }
    }
    // A closed or moved conversation is not assigned here (after a move, the next mailbox routes it).
    if (!closed && !moved && assignee === null) {
      const by = assign ?? { strategy: routing.strategy, group: null, rule: undefined };
      if (by.strategy !== "manual") {
        const pool = by.group ?? (routing.agents.length > 0 ? routing.agents : null);
        const candidates = candidatesOf(pool, context.members, loads);
        const result = pick(by.strategy, candidates, { priority, tags }, state, {
          calendar: context.calendar,
          capacity: routing.capacity,
          anyHour: routing.anyHour,
          onCall: routing.onCall,
          nowMs: context.nowMs,
        });
        state = result.nextState;
        skipped = result.skipped;
        assignee = result.assignee;
        if (assignee === null) sentences.push(explainWaiting(skipped, context.names));
        else {
          const routedBy: RoutedBy = {
            strategy: by.strategy,
            ...(by.rule ? { rule: by.rule } : {}),
            skipped,
          };
          events.push({ type: "assigned", assignee, previous: null, routedBy });
        }
      }
    }
    if (assignee !== null && !closed) addLoad(loads, assignee, priority);
    const explained = events
      .map((body, i) =>
        explainRoutedEvent({ ...body, id: String(i), at: c.arrivedAt, actor: "system" }, context.names),
      )
      .filter((s): s is string => s !== null);
    items.push({
      key: c.key,
      subject: c.subject,
      from: c.from,
      arrivedAt: c.arrivedAt,
      fired: fired.map(({ action, cause }) => ({
        ruleId: cause.ruleId,
        ruleName: cause.ruleName,
        action,
      })),
      assignee: closed || moved ? null : assignee,
      skipped,
      sentences: [...explained, ...sentences],
    });
  }
  return { conversations: items.reverse(), firedByRule };
}

function candidatesOf(
  group: readonly string[] | null,
  members: readonly RoutingMember[],
  loads: ReadonlyMap<string, OpenLoad>,
): Candidate[] {
  const byEmail = new Map(members.map((m) => [m.email, m]));
  const chosen = group === null ? members : group.flatMap((e) => byEmail.get(e) ?? []);
  return chosen.map((member) => ({ member, load: loads.get(member.email) ?? {} }));
}

function addLoad(loads: Map<string, OpenLoad>, email: string, priority: Priority): void {
  const load = loads.get(email) ?? {};
  load[priority] = (load[priority] ?? 0) + 1;
  loads.set(email, load);
}
