/**
 * What the pane tells its reader about changes it did not make, and how a typed snooze end is read.
 * Pure: the controller feeds it snapshots, the picker feeds it typed text.
 */
import {
  PRIORITY_LABELS,
  STATUS_LABELS,
  instantFromLocalInput,
  zoneLabel,
  type NameOf,
} from "@baton/shared/view";
import type { Conversation } from "@baton/shared";

/** The fields of a conversation document a change notice compares. */
export type Watched = Pick<Conversation, "assignee" | "status" | "priority" | "tags"> & {
  notes: readonly { id: string }[];
  /** The actor of the last change (the document's changedBy); absent on documents written before it. */
  changedBy?: string | null;
};

/**
 * "Ben changed the status to Waiting on customer": said to the owner when a teammate changed the
 * thread they own, once per change (the caller compares consecutive snapshots). Null when the reader
 * does not own it, made the change, or the change came from no teammate (a customer's reply, the
 * SLA runner): only a person's change is news the owner must hear from the pane.
 */
export function changeNotice(
  before: Watched,
  after: Watched,
  me: string,
  nameOf: NameOf,
  isMember: (email: string) => boolean,
): string | null {
  const mine = me.toLowerCase();
  if (before.assignee?.toLowerCase() !== mine) return null;
  const by = after.changedBy?.toLowerCase() ?? null;
  if (by === null || by === mine || !isMember(by)) return null;
  const who = nameOf(by);
  if (after.assignee?.toLowerCase() !== mine) {
    return after.assignee === null
      ? `${who} released your thread.`
      : `${who} assigned your thread to ${after.assignee.toLowerCase() === by ? "themselves" : nameOf(after.assignee)}.`;
  }
  if (after.status !== before.status) return `${who} changed the status to ${STATUS_LABELS[after.status]}.`;
  if (after.priority !== before.priority)
    return `${who} changed the priority to ${PRIORITY_LABELS[after.priority]}.`;
  if (after.tags.join("\u0000") !== before.tags.join("\u0000")) return `${who} changed the tags.`;
  const known = new Set(before.notes.map((note) => note.id));
  if (after.notes.some((note) => !known.has(note.id))) return `${who} added a note.`;
  return null;
}

export type SnoozeReading = { ok: true; until: number } | { ok: false; sentence: string };

/**
 * A typed snooze end ("2026-11-24T09:00" from a datetime-local input) read on the wall of the zone
 * the picker names, so typed 09:00 is shown back as "until Tue 09:00". A time already past is
 * refused here: the server would refuse it too, and the menu must never show Snoozed for it.
 */
export function readSnoozeInput(
  text: string,
  timeZone: string,
  nowMs: number,
  /** What an empty field is told; the follow-up picker reads its field the same way (issue 17). */
  empty = "Choose a date and time for the snooze to end.",
): SnoozeReading {
  if (text.trim() === "") return { ok: false, sentence: empty };
  const until = instantFromLocalInput(text, timeZone);
  if (until === null) return { ok: false, sentence: "That date and time does not exist: choose another." };
  if (until <= nowMs)
    return {
      ok: false,
      sentence: `That time has already passed in ${zoneLabel(timeZone)}: choose a later one.`,
    };
  return { ok: true, until };
}

/**
 * The reader's zone: the browser's (the clock the reader sees on their device). Office's
 * userProfile.timeZone is a Windows zone name ("Pacific Standard Time") in some hosts and the
 * mailbox setting rather than the device's, so it is only a fallback, and only when it is IANA.
 */
export function readerZone(officeZone?: string | null): string | null {
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (typeof browser === "string" && browser !== "") return browser;
  if (typeof officeZone !== "string" || officeZone === "") return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: officeZone });
    return officeZone;
  } catch {
    return null;
  }
}
