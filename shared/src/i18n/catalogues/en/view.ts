/** The view area in English, the source language (see ../README.md). */
export default {
  // Times (format-when.ts, format-stamp.ts): {time} is "09:00", {weekday} and {month} come from Intl.
  whenWeekday: "{weekday} {time}",
  whenDate: "{day} {month} {time}",
  whenDateYear: "{day} {month} {year} {time}",
  whenBothClocks: "{mailbox} {label} · {reader} your time",
  stampDay: "{weekday} {day} {month}",
  stampDayYear: "{weekday} {day} {month} {year}",
  stamp: "{day} {time}",
  since: "since {when}",
  justNow: "just now",
  ago: "{duration} ago",
  agoSeconds: "{seconds} s ago",
  replyBy: "Reply by {when}",
  resolveBy: "Resolve by {when}",

  // Durations (time/format-duration.ts): "6 h 23 min".
  durDays: "{n} d",
  durHours: "{n} h",
  durMinutes: "{n} min",
  durSeconds: "{n} s",
  durUnderMinute: "under 1 min",

  // Clock lines (countdown-text.ts, queue-deadline.ts).
  clockLeft: "{by} — {duration} left",
  clockBusinessLeft: "{by} — {duration} of business time left",
  clockMetIn: "Met in {duration}",
  clockBreachedBy: "Breached by {duration}",
  clockBreached: "Breached",
  clockBreachedJustNow: "Breached just now",
  clockBreachedAgo: "Breached {duration} ago",
  clockPausedPending: "Paused — waiting on customer",
  clockPausedSnoozed: "Paused — snoozed",
  clockPausedSnoozedUntil: "Paused — snoozed until {when}",
  clockPaused: "Paused",
  clockRunning: "Running",
  clockReplyDueNow: "Reply due now",
  clockResolutionDueNow: "Resolution due now",
  clockNoBusinessTimeLeft: "No business time left — breaches {when}",
  clockPausedClosed: "Paused — outside business hours",
  clockPausedClosedResumes: "Paused — outside business hours, resumes {when}",
  queueNoDeadline: "No deadline running",

  // Labels (labels.ts).
  clockFirstResponse: "First reply",
  clockNextResponse: "Next reply",
  clockResolution: "Resolution",
  statusOpen: "Open",
  statusPending: "Waiting on customer",
  statusSnoozed: "Snoozed",
  statusResolved: "Resolved",
  priorityLow: "Low",
  priorityNormal: "Normal",
  priorityHigh: "High",
  priorityUrgent: "Urgent",

  // Owner, notes, presence, away, follow-up, CSAT, lost races.
  ownerUnclaimed: "Unclaimed",
  you: "You",
  ownerSince: "{who}, {since}",
  presenceReplying: "{count, plural, one {{names} is replying} other {{names} are replying}}",
  presenceViewing: "{count, plural, one {{names} is viewing} other {{names} are viewing}}",
  namesTwoOrThree: "{first} and {last}",
  namesMore: "{first} and {others, plural, one {# other} other {# others}}",
  awayUntil: "You are away until {when}",
  followUpDue: "Follow-up due",
  followUpSnoozeEnded: "Snooze ended",
  followUpReminder: "Reminder {when} if no reply",
  csatRated: "Customer rated {rating}/5",
  csatRatedComment: "Customer rated {rating}/5: “{comment}”",
  lostRaceTeammate: "A teammate claimed this a moment ago.",
  lostRaceMoment: "{name} claimed this a moment ago.",
  lostRace: "{name} claimed this {ago}.",

  // Why routing gave the conversation its owner, mailbox, priority, status or tags (routing/explain.ts):
  // "{reason} {cause} ({passed})". {strategy}, {status}, {priority} and {why} are ids, chosen by select.
  reasonAssigned: "Assigned to {to}",
  reasonReassigned: "Reassigned from {from} to {to}",
  reasonTagged: "Tagged {tag}",
  reasonPriority:
    "Priority set to {priority, select, low {low} normal {normal} high {high} urgent {urgent} other {{priority}}}",
  reasonClosed: "Closed",
  reasonStatus:
    "Set to {status, select, open {open} pending {pending} snoozed {snoozed} resolved {resolved} other {{status}}}",
  reasonMoved: "Moved to {mailbox}",
  reasonByRule: "by rule ''{rule}''",
  reasonByStrategy:
    "by {strategy, select, manual {hand} round_robin {round-robin} load_balanced {load balancing} skills {skills} other {{strategy}}}",
  reasonByStrategyForRule:
    "by {strategy, select, manual {hand} round_robin {round-robin} load_balanced {load balancing} skills {skills} other {{strategy}}} for rule ''{rule}''",
  reasonSkipped:
    "{name} {why, select, away {away} off_shift {off shift} at_capacity {at capacity} no_skill {without the skills} not_agent {not an agent} other {{why}}}",
  reasonWaitingNoAgents: "Waiting: no agents to assign it to",
  reasonWaiting: "Waiting: nobody available",
} as const;
