/** The notify area in English, the source language (see ../README.md). */
export default {
  // Times in notifications (backend/src/notify/when.ts): {weekday} from Intl in the reader's locale,
  // {date} "2026-03-30" and {time} "12:00" in the mailbox's zone, {zone} its IANA name.
  when: "{weekday} {date} {time} ({zone})",
  subjectPrefix: "[Baton] {title}",
  noSubject: "(no subject)",
  nobody: "nobody",

  // SLA warnings, breaches and escalations (backend/src/notify/message.ts): email, Slack, Teams.
  clockFirstResponse: "First response",
  clockNextResponse: "Next response",
  clockResolution: "Resolution",
  slaWarned: '{clock} SLA due soon ({due}): "{subject}"',
  slaBreached: '{clock} SLA breached at {due}: "{subject}"',
  slaEscalated: '{clock} SLA still breached (since {due}), escalated: "{subject}"',
  slaOwner: "Owner: {owner}",
  slaNotified: "Notified: {people}",
  slaConversation: "Conversation: {key} (mailbox {mailbox})",

  // Mentions (backend/src/mentions/notify.ts): the member's email and the team channel's line.
  mentionSubject: "{author} mentioned you: {subject}",
  mentionText: '{author} mentioned you in a note on "{subject}".',
  mentionHtml: "{author} mentioned you in a note on “{subject}”.",
  mentionOpen: "Open the thread: {link}",
  mentionOpenLink: "Open the thread",
  mentionChannel: '{author} mentioned {members} on "{subject}"',
  mentionChannelOpen: "open the thread",

  // Follow-ups and snoozes that came due (backend/src/followups/notice.ts).
  followUpNoReply: 'Follow-up due: no reply since you asked to be reminded by {when}: "{subject}"',
  followUpSnoozeEnded: 'Snooze ended ({when}): "{subject}" is back in the queue',
  followUpOpenAgain: "It is open again and marked follow-up due in the queue and both sidebars.",

  // Conversations passed on when their owner is away or removed (backend/src/routing/rebalance.ts).
  rebalanceSubject: "Conversations passed to you from {member}",
  rebalanceAway:
    "{member} is away, so Baton gave you {count, plural, one {# of their open conversation} other {# of their open conversations}}:",
  rebalanceRemoved:
    "{member} was removed from the team, so Baton gave you {count, plural, one {# of their open conversation} other {# of their open conversations}}:",
  rebalanceMore: "and {count} more",

  // The customer survey on resolve (backend/src/csat): its mail and its page. Customers read these.
  csatSubject: "How did we do? {subject}",
  csatAsk: "How satisfied are you with our answer? Choose a score from 1 (poor) to 5 (excellent):",
  csatThanks: "Thank you: you rated us {rating} out of 5.",
  csatChange: "Changed your mind? Choose another score in the email; the last one counts.",
  csatCommentLabel: "Anything you would like to add? (optional)",
  csatSend: "Send",
  csatCommentSaved: "Thank you, we have your comment.",
  csatExpired: "This survey has closed. Thank you for taking the time anyway.",
  csatForged: "This survey link is not valid. Please use the link from the email exactly as it was sent.",
  csatBadRating: "Choose a score from 1 to 5 in the email.",
  csatTitle: "Your feedback",
} as const;
