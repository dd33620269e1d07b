import { businessCalendarSchema, type BusinessCalendar } from "@baton/shared";
import { type MemberAvailability } from "@baton/shared/routing";
import {
  FieldValue,
  type DocumentData,
  type DocumentSnapshot,
  type Firestore,
} from "firebase-admin/firestore";
import { calendarFromStore, calendarToStore } from "./calendar-codec";
import { paths } from "./paths";

/*
 * A member's availability (issue 16) lives on their member document, orgs/{org}/members/{email}:
 * `awayUntil` (epoch ms or null), `skills` (tags), `maxOpen` (absent: the mailbox's cap; null: none)
 * and `workingHours` (a calendar in the stored codec, the field quiet hours already read).
 */

/** The availability fields of a member document, read leniently (a bad hand edit reads as unset). */
export function toAvailability(data: DocumentData | undefined): MemberAvailability {
  const d = data ?? {};
  const out: MemberAvailability = {
    awayUntil: typeof d.awayUntil === "number" && Number.isFinite(d.awayUntil) ? d.awayUntil : null,
    skills: Array.isArray(d.skills) ? d.skills.filter((s): s is string => typeof s === "string") : [],
  };
  const hours = businessCalendarSchema.safeParse(calendarFromStore(d.workingHours));
  if (hours.success) out.workingHours = hours.data;
  if (d.maxOpen === null || (typeof d.maxOpen === "number" && Number.isInteger(d.maxOpen)))
    out.maxOpen = d.maxOpen as number | null;
  return out;
}

/**
 * The stored availability fields of a member document, for a rewrite of the document (PUT
 * /members/{email} sets the role and name) to carry over unchanged.
 */
export function availabilityFieldsOf(snapshot: DocumentSnapshot): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const field of ["awayUntil", "skills", "maxOpen", "workingHours"]) {
    const value: unknown = snapshot.get(field);
    if (value !== undefined) kept[field] = value;
  }
  return kept;
}

/** What an admin sets (PUT /members/{email}/availability); a member sets only `awayUntil`. */
export interface AvailabilityChange {
  awayUntil: number | null;
  /** Absent: leave as stored; null: none of their own (the mailbox calendar stands in). */
  workingHours?: BusinessCalendar | null;
  skills?: string[];
  /** Absent: leave as stored; null: no cap at all; "mailbox": the mailbox's cap. */
  maxOpen?: number | null | "mailbox";
}

export type SetAvailabilityOutcome =
  | { ok: true; availability: MemberAvailability; wasAwayUntil: number | null }
  | { ok: false; reason: "not_found" };

/**
 * Changes a member's availability in one transaction (a member removed meanwhile is not_found,
 * rather than a document half re-created). `wasAwayUntil` lets the caller see whether the member
 * has just gone away (and so whether to rebalance).
 */
export async function setAvailability(
  db: Firestore,
  org: string,
  email: string,
  change: AvailabilityChange,
): Promise<SetAvailabilityOutcome> {
  const ref = paths.member(db, org, email);
  return db.runTransaction(async (tx) => {
    const doc = await tx.get(ref);
    if (!doc.exists) return { ok: false, reason: "not_found" };
    const before = toAvailability(doc.data());
    const update: Record<string, unknown> = { awayUntil: change.awayUntil };
    if (change.skills !== undefined) update.skills = change.skills;
    if (change.maxOpen !== undefined) update.maxOpen = change.maxOpen === "mailbox" ? null : change.maxOpen;
    if (change.workingHours !== undefined)
      update.workingHours = change.workingHours === null ? null : calendarToStore(change.workingHours);
    const stored = { ...doc.data(), ...update };
    // A field set to null in `update` for "none of their own" is deleted, not stored as null, where
    // null would mean something else (maxOpen: no cap) or nothing readable (workingHours).
    const writes: Record<string, unknown> = { ...update };
    if (change.maxOpen === "mailbox") {
      writes.maxOpen = FieldValue.delete();
      delete stored.maxOpen;
    }
    if (change.workingHours === null) {
      writes.workingHours = FieldValue.delete();
      delete stored.workingHours;
    }
    tx.update(ref, writes);
    const availability = toAvailability(stored);
    return { ok: true, availability, wasAwayUntil: before.awayUntil };
  });
}

export async function readAvailability(
  db: Firestore,
  org: string,
  email: string,
): Promise<MemberAvailability | null> {
  const doc = await paths.member(db, org, email).get();
  return doc.exists ? toAvailability(doc.data()) : null;
}
