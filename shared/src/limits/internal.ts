import type { Limit } from "./limit";

/** Memory and retry bounds no user meets: caches that would otherwise grow for the life of a process. */
export const INTERNAL_LIMITS = {
  rateLimitedMembers: {
    value: 10_000,
    unit: "members",
    area: "Internal bounds",
    what: "Members whose request budget one API instance remembers",
    why: "Bounds the instance's memory; the least recently seen member is forgotten.",
    reached: "Nothing visible: a forgotten member starts again with a full budget.",
  },
  transactionAttempts: {
    value: 20,
    unit: "tries",
    area: "Internal bounds",
    what: "Tries of one conversation transaction under contention",
    why: "Firestore retries a transaction that lost a race; twenty outlast any real burst on one conversation.",
    reached:
      "500 internal: `Something went wrong on our side. Please try again.` (only under sustained contention on one conversation)",
  },
  calendarShapes: {
    value: 1024,
    unit: "shapes",
    area: "Internal bounds",
    what: "Week shapes the business-time engine keeps per calendar",
    why: "A few per zone rule in practice; the cache is cleared past this.",
    reached: "Nothing visible.",
  },
  calendarBlocks: {
    value: 4096,
    unit: "weeks",
    area: "Internal bounds",
    what: "Weeks the business-time engine keeps per compiled calendar",
    why: "About 80 years of weeks, a few MB worst case; cleared past this.",
    reached: "Nothing visible.",
  },
  compiledCalendars: {
    value: 256,
    unit: "calendars",
    area: "Internal bounds",
    what: "Compiled calendars one process keeps",
    why: "A process serves a few mailboxes' calendars; the oldest is dropped past this.",
    reached: "Nothing visible.",
  },
  zoneChunks: {
    value: 2048,
    unit: "chunks",
    area: "Internal bounds",
    what: "27-week chunks of offset changes kept per time zone",
    why: "Every chunk ever scanned (1800 to one cycle past 2200 is about 1,550) fits, so the cache is never cleared in practice.",
    reached: "Nothing visible.",
  },
  zones: {
    value: 64,
    unit: "zones",
    area: "Internal bounds",
    what: "Time zones whose offset changes one process keeps",
    why: "A process serves a handful.",
    reached: "Nothing visible.",
  },
  correctionChunks: {
    value: 4096,
    unit: "chunks",
    area: "Internal bounds",
    what: "Chunks of business-time corrections kept per calendar",
    why: "About 2,000 years; cleared past that.",
    reached: "Nothing visible.",
  },
  localTimeEntries: {
    value: 100_000,
    unit: "entries",
    area: "Internal bounds",
    what: "Quarter-hour zone offsets the metrics' local-time memo keeps",
    why: "A long-running process never grows it without limit; cleared past this.",
    reached: "Nothing visible.",
  },
} satisfies Record<string, Limit>;
