/**
 * What every number on the dashboard means, as data: the UI shows `counts` and `excludes` beside
 * each metric, and docs/metrics.md says the same in prose. Change a rule in facts.ts and here together.
 * Which facts each count figure counts is figures.ts (FIGURE_FACTS): cards, per-day series, per-agent
 * rows and the CSV all count those.
 */
export { FIGURE_FACTS, factsWithin, type DayRange } from "./figures";
export type MetricId =
  | "received"
  | "resolved"
  | "firstResponseBusiness"
  | "firstResponseWall"
  | "resolutionBusiness"
  | "resolutionWall"
  | "attainment"
  | "backlog"
  | "volumeByHour"
  | "handled"
  | "arrivalToOwner"
  | "routedVsClaimed"
  | "openLoad"
  | "ruleFires"
  | "csat";

export interface MetricDefinition {
  label: string;
  /** What counts, in one or two sentences a lead can check against a conversation. */
  counts: string;
  /** What is left out, and why. */
  excludes: string;
}

const DAY =
  "Days and hours are local to the mailbox's business-calendar zone; an event belongs to the day on which it happened there.";

export const METRIC_DEFINITIONS: Record<MetricId, MetricDefinition> = {
  received: {
    label: "New conversations",
    counts: `Conversations whose first customer message was sent that day. ${DAY}`,
    excludes: "Conversations the team started (no customer message yet) and later customer messages.",
  },
  resolved: {
    label: "Resolved",
    counts:
      "Changes of status to resolved, on the day they happened; a conversation resolved twice counts twice.",
    excludes: "Snoozed or pending conversations: they are waiting, not resolved.",
  },
  firstResponseBusiness: {
    label: "First response (business time)",
    counts:
      "From the first customer message to the team's first reply, counting only business hours while the clock was not paused (pending, snoozed). Dated by the reply.",
    excludes:
      "Conversations not yet answered, conversations resolved without a reply, and conversations the team started.",
  },
  firstResponseWall: {
    label: "First response (wall time)",
    counts: "The same replies as the business-time figure, measured in elapsed clock time.",
    excludes: "As for business time.",
  },
  resolutionBusiness: {
    label: "Resolution (business time)",
    counts:
      "Per resolution cycle: from the customer message that opened (or reopened) it to the status becoming resolved, in business time while not paused. Dated by the resolution.",
    excludes: "Conversations still open at the end of the range.",
  },
  resolutionWall: {
    label: "Resolution (wall time)",
    counts: "The same cycles as the business-time figure, in elapsed clock time.",
    excludes: "As for business time.",
  },
  attainment: {
    label: "SLA attainment",
    counts:
      "Per clock: met ÷ (met + breached). A clock is met when it stopped within its target (dated by the stop) and breached once it used more than its target (dated by the breach instant), stopped or not. The CSV's columns count the same outcomes, dated the same way, so they add up to these figures for the same range.",
    excludes:
      "Clocks still running within target, and clocks the policy's tier does not define. A breach shows once the sweeper logs it or another event arrives.",
  },
  backlog: {
    label: "Backlog",
    counts:
      "Size and age now: open, pending and snoozed conversations of the live queue, aged from their creation. Over the range: opened (new + reopened) minus resolved per day.",
    excludes: "Resolved conversations. The daily flow is a net change, not a historical size.",
  },
  volumeByHour: {
    label: "Volume by hour of week",
    counts: `Customer messages (every one, not only the first) by local weekday and hour. ${DAY}`,
    excludes: "Replies and internal notes.",
  },
  handled: {
    label: "Per agent",
    counts:
      "Handled = conversations resolved while the agent held them; replies and first replies by who sent them. A clock met by a reply is the replier's; a breach is whoever held the conversation when it breached. The rows, Unassigned included, add up to the Team row.",
    excludes:
      "A breach while nobody held the conversation is Unassigned's, even if an agent replied later: claim early to own the clock.",
  },
  arrivalToOwner: {
    label: "Time from arrival to owner (wall time)",
    counts:
      "Per conversation, once: from its first customer message to the first time anyone owned it (assigned by routing, claimed, or assigned by a person), in elapsed clock time, credited to that first owner and dated by the ownership. Wall time, not business time: it measures how long mail waited unowned, nights and weekends included, which is what routing at any hour and the waiting queue change.",
    excludes:
      "Conversations nobody has owned yet, conversations the team started, and later owners (a reassign or a claim after a release).",
  },
  routedVsClaimed: {
    label: "Routed vs claimed",
    counts:
      "Routed = conversations routing assigned to the member (a strategy or a rule's assign), on the day it did. Claimed = the member took a conversation themself, each claim on its day.",
    excludes: "Assignments a person made (a lead assigning), and releases.",
  },
  openLoad: {
    label: "Open load against cap",
    counts:
      "Now, not over the range: conversations the member owns that are not resolved, in every mailbox (open, pending, snoozed), as routing counts them for the cap. The cap is the member's own, else the filtered mailbox's \"Max open per agent\".",
    excludes:
      "Members with no open conversations and no cap. With no mailbox chosen a mailbox's cap is not shown (it may differ per mailbox).",
  },
  ruleFires: {
    label: "Rule fires",
    counts:
      "How often each rule fired: once per conversation it acted on, and again per later customer message for rules that run on every message, on the day it fired. A firing with several actions counts once.",
    excludes:
      "Rules that matched but changed nothing (a tag already there), and previews. Rule ids are per mailbox: choose a mailbox to tell two mailboxes' rules apart.",
  },
  csat: {
    label: "Customer satisfaction (CSAT)",
    counts:
      "Average rating (1-5) the customers gave in the survey sent when a conversation was resolved, and how many answered: one answer per conversation cycle (a changed answer counts once, with its latest rating), dated by that resolve and credited to the owner at that resolve (Unassigned if none).",
    excludes:
      "Mailboxes with the survey off, surveys nobody answered, and the comments. Answers are counted when they arrive, not rebuilt from the log: a metrics rebuild keeps them on days that still have the resolve.",
  },
};
