import type { Limit } from "./limit";
import { HOUR_MS, MINUTE_MS } from "../time/units";

/** What POST /conversations/observe accepts, and which time a message is given. */
export const OBSERVING_LIMITS = {
  observedMessages: {
    value: 200,
    unit: "items",
    area: "Observing mail",
    what: "Messages one observe reports (the sidebars send a thread's newest)",
    why: "A thread longer than this is reported by its latest messages, which carry the replies that stop clocks.",
    reached:
      "400 invalid_request: `messages: must have at most 200 items`; the add-ins send only the newest 200.",
  },
  recipients: {
    value: 500,
    unit: "items",
    area: "Observing mail",
    what: "Addresses in a message's `to`, and in its `cc`",
    why: "Only a team mailbox among them matters; the bound keeps one message's check small.",
    reached: "400 invalid_request: `messages[0].to: must have at most 500 items` (or `cc`)",
  },
  messageIdLength: {
    value: 998,
    unit: "characters",
    area: "Observing mail",
    what: "A message's `messageId` and `inReplyTo` headers",
    why: "RFC 5322's longest header line.",
    reached:
      "400 invalid_request: `messages[0].messageId: must have at most 998 characters` (or `inReplyTo`)",
  },
  referencesLength: {
    value: 16_384,
    unit: "characters",
    area: "Observing mail",
    what: "A message's `references` header",
    why: "Long threads carry many ids here; 16 KB holds hundreds while bounding the parse.",
    reached: "400 invalid_request: `messages[0].references: must have at most 16384 characters`",
  },
  subjectLength: {
    value: 2000,
    unit: "characters",
    area: "Observing mail",
    what: "A message's subject",
    why: "Far beyond any real subject; the subject is stored on the conversation document and shown in every list.",
    reached: "400 invalid_request: `messages[0].subject: must have at most 2000 characters`",
  },
  addressLength: {
    value: 1000,
    unit: "characters",
    area: "Observing mail",
    what: "A sender or recipient as the mail client gives it (`Name <address>`)",
    why: "A display name and an address fit many times over; the address inside is held to 254 characters.",
    reached: "400 invalid_request: `messages[0].from: must have at most 1000 characters`",
  },
  platformThreadIdLength: {
    value: 512,
    unit: "characters",
    area: "Observing mail",
    what: "The platform's thread id (`platformThreadId`)",
    why: "Gmail and Exchange ids are far shorter; the id names an alias document.",
    reached: "400 invalid_request: `platformThreadId: must have at most 512 characters`",
  },
  autoHeaderLength: {
    value: 998,
    unit: "characters",
    area: "Observing mail",
    what: "A message's `autoSubmitted` and `precedence` headers",
    why: "RFC 5322's longest header line; only the first keyword matters (RFC 3834), the rest is parameters and comments.",
    reached:
      "400 invalid_request: `messages[0].autoSubmitted: must have at most 998 characters` (or `precedence`)",
  },
  headerLead: {
    value: 24 * HOUR_MS,
    unit: "ms",
    area: "Observing mail",
    what: "How long before its receipt a message's `Date` header is still believed",
    why: "Outboxes, greylisting and SMTP retries put real mail hours behind its Date; anything older reads as a claim, not a fact.",
    reached:
      "Nothing visible: the message takes its receipt time (Gmail internalDate, Graph receivedDateTime, the host's item time).",
  },
  clockSkew: {
    value: 5 * MINUTE_MS,
    unit: "ms",
    area: "Observing mail",
    what: "How far a `Date` header may run ahead of its receipt (or of now)",
    why: "A sender's clock drifts a few minutes; beyond that the date is impossible.",
    reached: "Nothing visible: the message takes its receipt time, and never a time after now.",
  },
  knownMessageIdLookups: {
    value: 400,
    unit: "items",
    area: "Observing mail",
    what: "Known-Message-ID lookups one observe makes (the thread's own ids first, then their references)",
    why: "Bounds the reads of one request whatever the thread's references hold (200 messages with long References headers could name thousands).",
    reached:
      "Nothing visible: every message's own id is looked up; references past the bound are not, so a thread joins through its own ids and its earliest references.",
  },
} satisfies Record<string, Limit>;
