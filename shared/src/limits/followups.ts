import type { Limit } from "./limit";

/** Follow-ups and snooze (issue 17): how far ahead one may be set, and how much the sweeper takes. */
export const FOLLOW_UP_LIMITS = {
  followUpAheadDays: {
    value: 365,
    unit: "days",
    area: "Conversations and notes",
    what: "How far ahead a follow-up or a snooze may be set",
    why: "A reminder more than a year out is a forgotten conversation, not a follow-up; the bound also keeps every due time inside business time's instant range.",
    reached:
      "400 invalid_request: `A follow-up can be at most 365 days ahead; pick an earlier time.` (snooze: `A snooze can be at most 365 days ahead; pick an earlier time.`)",
  },
  followUpsPerSweep: {
    value: 200,
    unit: "conversations",
    area: "Internal bounds",
    what: "Due follow-ups and ended snoozes one sweep wakes",
    why: "One sweep runs within a minute's schedule; what is left is the oldest due and comes first in the next sweep a minute later.",
    reached: "Nothing visible: the rest return to the queue on the next sweep, a minute later.",
  },
  nextMorningSearchDays: {
    value: 14,
    unit: "days",
    area: "Internal bounds",
    what: "How far the next business morning is looked for in a mailbox's calendar",
    why: "A calendar with no closing in two weeks (open around the clock) has no morning to find; the search must end.",
    reached:
      "Nothing visible: a mailbox open around the clock (or closed for two weeks) takes 09:00 of the next day in its zone.",
  },
} as const satisfies Record<string, Limit>;
