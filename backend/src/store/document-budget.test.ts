// Every document the API writes, built at the largest the API lets it be, measured the way Firestore
// measures it (backend/test/store/firestore-size.ts), and held under its 1 MiB limit with room to
// spare. Strings are filled with "あ" (3 UTF-8 bytes per UTF-16 unit, the most any character costs
// per unit the API's length checks count: astral characters are 4 bytes for 2 units), emails with
// 254 ASCII characters (the longest emailSchema accepts).
import {
  DEFAULT_SLA_POLICY,
  emptyConversation,
  hashId,
  MAX_DELETED_NOTE_IDS,
  MAX_MENTIONS_PER_NOTE,
  MAX_MESSAGE_IDS_TOTAL_LENGTH,
  MAX_NOTES_PER_CONVERSATION,
  MAX_NOTES_TOTAL_LENGTH,
  MAX_RECENT_REQUEST_IDS,
  MAX_REQUEST_ID_LENGTH,
  MAX_STORED_STATUS_CHANGES,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  slaFoldOf,
  type BusinessCalendar,
  type Conversation,
  type ConversationEvent,
  type Note,
} from "@baton/shared";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { documentSize } from "../../test/store/firestore-size";
import { BUDGET_BYTES, email, wide, WIDEST_ORG } from "../../test/store/widest";
import { MAX_ALIASES } from "./aliases";
import { calendarToStore } from "./calendar-codec";
import { writeEventsFolded } from "./conversations";
import { createIdGenerator } from "./ids";
import type { Mailbox } from "./mailboxes";

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const newId = createIdGenerator(T0);
const org = WIDEST_ORG;

/** The business calendar at its largest: 12 windows every day, 1,000 holidays, a long zone name. */
function widestCalendar(): BusinessCalendar {
  const windows = Array.from({ length: 12 }, (_, i): [string, string] => [
    `${String(i * 2).padStart(2, "0")}:00`,
    `${String(i * 2).padStart(2, "0")}:59`,
  ]);
  const holidays = Array.from({ length: 1_000 }, (_, i) =>
    new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  return {
    timeZone: "America/Argentina/ComodRivadavia",
    weekly: {
      mon: windows,
      tue: windows,
      wed: windows,
      thu: windows,
      fri: windows,
      sat: windows,
      sun: windows,
    },
    holidays,
  };
}

function widestMailbox(): Mailbox {
  return {
    id: "m".repeat(64),
    address: email(0),
    name: wide(100),
    policy: DEFAULT_SLA_POLICY,
    calendar: widestCalendar(),
    routing: { agents: Array.from({ length: 500 }, (_, i) => email(i)), onCall: email(1) },
    version: 1_000_000,
  };
}

/** 100 notes holding 100,000 characters, each with 10 mentions and a long author address. */
function widestNotes(): Note[] {
  const perNote = MAX_NOTES_TOTAL_LENGTH / MAX_NOTES_PER_CONVERSATION;
  return Array.from({ length: MAX_NOTES_PER_CONVERSATION }, (_, i) => ({
    id: newId(),
    author: email(i),
    body: wide(perNote),
    mentions: Array.from({ length: MAX_MENTIONS_PER_NOTE }, (_, j) => email(j)),
    createdAt: T0,
    editedAt: T0,
  }));
}

function widestConversation(mailbox: Mailbox): Conversation {
  const idLength = 998;
  return {
    ...emptyConversation(`c_${"k".repeat(24)}`, mailbox.address, wide(2_000), T0),
    assignee: email(2),
    assignedAt: T0,
    tags: Array.from(
      { length: MAX_TAGS },
      (_, i) => `${String(i).padStart(2, "0")}${wide(MAX_TAG_LENGTH - 2)}`,
    ),
    notes: widestNotes().slice(0, -1),
    lastInboundAt: T0,
    lastOutboundAt: T0,
    lastReplyBy: email(3),
    snoozedUntil: T0,
    messageCount: 1_000_000,
    recentRequestIds: Array.from({ length: MAX_RECENT_REQUEST_IDS }, (_, i) =>
      `${i}`.padEnd(MAX_REQUEST_ID_LENGTH, "r"),
    ),
    messageIds: Array.from({ length: Math.floor(MAX_MESSAGE_IDS_TOTAL_LENGTH / idLength) }, () =>
      wide(idLength),
    ),
    deletedNoteIds: Array.from({ length: MAX_DELETED_NOTE_IDS }, () => newId()),
  };
}

/**
 * A log whose stored SLA fold is at its largest: every clock cycle running, then `statusChanges`
 * pending/open changes while they run (each one a stretch of their timelines, so all are kept).
 */
function widestLog(statusChanges: number): ConversationEvent[] {
  const events: ConversationEvent[] = [];
  const add = (body: Record<string, unknown>, at: number) =>
    events.push({ id: newId(), at, actor: email(4), ...body } as ConversationEvent);
  add({ type: "message_received", messageId: "a@x", from: email(5), subject: "s", sentAt: T0 }, T0);
  add({ type: "message_sent", messageId: "b@x", from: email(6), subject: "s", sentAt: T0 + 1 }, T0 + 1);
  add({ type: "message_received", messageId: "c@x", from: email(5), subject: "s", sentAt: T0 + 2 }, T0 + 2);
  for (let i = 0; i < statusChanges; i++) {
    const [from, to] = i % 2 === 0 ? ["open", "pending"] : ["pending", "open"];
    add({ type: "status_changed", from, to }, T0 + 3 + i);
  }
  return events;
}

/** Status changes that fill the stored fold's history to MAX_STORED_STATUS_CHANGES (the first is the initial status). */
const STATUS_CHANGES_AT_CAP = MAX_STORED_STATUS_CHANGES - 1;

/** What one append writes, captured from the real store code over a recording transaction. */
async function appendWrites(
  statusChanges = STATUS_CHANGES_AT_CAP,
): Promise<Map<string, Record<string, unknown>>> {
  const writes = new Map<string, Record<string, unknown>>();
  const ref = (path: string): unknown => ({
    path,
    collection: (c: string) => ({ doc: (d: string) => ref(`${path}/${c}/${d}`) }),
  });
  const db = {
    collection: (c: string) => ({ doc: (d: string) => ref(`${c}/${d}`) }),
  } as unknown as Firestore;
  const record = (r: { path: string }, data: Record<string, unknown>) => writes.set(r.path, data);
  const tx = { create: record, set: record } as unknown as Transaction;

  const mailbox = widestMailbox();
  const log = widestLog(statusChanges);
  const conversation = widestConversation(mailbox);
  const last = widestNotes().at(-1)!;
  const noteAdded: ConversationEvent = {
    id: newId(),
    at: T0 + 10_000,
    actor: last.author,
    requestId: "n".repeat(MAX_REQUEST_ID_LENGTH),
    type: "note_added",
    noteId: last.id,
    mentions: last.mentions,
    redactions: 1_000,
    length: last.body.length,
  };
  await writeEventsFolded(
    tx,
    db,
    org,
    {
      conversation,
      mailbox,
      // Alias document ids as observe makes them (aliasId).
      aliases: Array.from({ length: MAX_ALIASES }, (_, i) => hashId("outlook_", `thread-${i}`)),
      fold: slaFoldOf(log),
      eventCount: log.length,
      log: () => Promise.resolve(log),
    },
    [noteAdded],
    T0 + 10_000,
    { [last.id]: last.body },
  );
  return writes;
}

describe("document budgets", () => {
  it("a conversation with every list at its cap, and its newest event, fit in 80% of 1 MiB", async () => {
    const writes = await appendWrites();
    const [conversationPath, doc] = [...writes].find(([path]) => path.split("/").length === 4)!;
    expect((doc.notes as Note[]).length).toBe(MAX_NOTES_PER_CONVERSATION);
    expect((doc.aliases as string[]).length).toBe(MAX_ALIASES);
    const stored = doc.slaFold as { fold: { statusHistory: unknown[] } | null };
    expect(stored.fold?.statusHistory.length).toBe(MAX_STORED_STATUS_CHANGES);
    const size = documentSize(conversationPath, doc);
    // Measured 741,429 bytes: notes 591,899 (100,000 x 3 bytes of text + 100 x 11 emails of 255
    // bytes + field names), Message-IDs 89,861 (30 x 2,995), slaFold 28,073 (200 status changes and
    // 1,000 holidays; 73,377 with the 1,000 changes assumed before the cap), request ids 12,917,
    // subject 6,009, deleted note ids 4,415, mentioned 2,560, tags 1,865, aliases 1,658 (50 x 33),
    // the rest 2,172.
    expect(size).toBeLessThan(BUDGET_BYTES);
    for (const [path, data] of writes) expect(documentSize(path, data)).toBeLessThan(BUDGET_BYTES);
  });

  it("20,000 status changes while one clock runs store no fold and keep the document under budget", async () => {
    const writes = await appendWrites(20_000);
    const [conversationPath, doc] = [...writes].find(([path]) => path.split("/").length === 4)!;
    // Before the cap the fold held all 20,000 (~70 bytes each, 1.4 MB): the write failed.
    expect((doc.slaFold as { fold: unknown }).fold).toBeNull();
    expect(documentSize(conversationPath, doc)).toBeLessThan(BUDGET_BYTES);
  });

  it("the largest event fits: a message with the longest Message-ID, subject and sender", () => {
    const event: ConversationEvent = {
      id: newId(),
      at: T0,
      actor: email(1),
      requestId: "r".repeat(MAX_REQUEST_ID_LENGTH),
      type: "message_received",
      messageId: wide(998),
      from: email(2),
      subject: wide(2_000),
      sentAt: T0,
    };
    const escalated: ConversationEvent = {
      id: newId(),
      at: T0,
      actor: "system",
      type: "sla_escalated",
      clock: "resolution",
      cycle: 1_000_000,
      // Assignee, every lead (100), every rule member (50 per rule) and the on-call: at most 1,000.
      notified: Array.from({ length: 1_000 }, (_, i) => email(i)),
    };
    const path = `orgs/${org}/conversations/c_${"k".repeat(24)}/events/${event.id}`;
    expect(documentSize(path, { ...event })).toBeLessThan(20_000);
    expect(documentSize(path, { ...escalated })).toBeLessThan(BUDGET_BYTES);
  });

  it("mailbox, member, org, presence and index documents fit", () => {
    const mailbox = widestMailbox();
    const { id, calendar, ...rest } = mailbox;
    const mailboxDoc = {
      ...rest,
      calendar: calendarToStore(calendar),
      holidaySource: { country: "NL", region: wide(64) },
      createdAt: T0,
    };
    expect(documentSize(`orgs/${org}/mailboxes/${id}`, mailboxDoc)).toBeLessThan(BUDGET_BYTES);

    const member = { email: email(1), name: wide(100), role: "admin", external: true };
    expect(documentSize(`orgs/${org}/members/${email(1)}`, member)).toBeLessThan(2_000);

    const orgDoc = {
      name: wide(100),
      domain: "d".repeat(253),
      identity: {
        domains: Array.from({ length: 20 }, () => "d".repeat(253)),
        tenants: Array.from({ length: 10 }, () => "t".repeat(36)),
      },
      settings: {
        redaction: {
          cards: true,
          ibans: true,
          patterns: Array.from({ length: 20 }, () => ({ name: wide(40), regex: wide(200) })),
        },
        retentionDays: 3650,
      },
    };
    expect(documentSize(`orgs/${org}`, orgDoc)).toBeLessThan(50_000);

    const presence = { email: email(1), state: "replying", at: T0 };
    expect(documentSize(`orgs/${org}/conversations/c_x/viewers/${email(1)}`, presence)).toBeLessThan(2_000);
    const index = { conversationKey: `c_${"k".repeat(24)}`, platform: "outlook", at: T0 };
    expect(documentSize(`orgs/${org}/aliases/outlook_${"a".repeat(24)}`, index)).toBeLessThan(1_000);
  });
});
