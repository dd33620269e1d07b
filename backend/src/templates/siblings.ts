import { TEMPLATE_LIMITS } from "@baton/shared/limits";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { fail } from "../http/errors";
import { templatePaths, toStoredTemplate, type StoredTemplate } from "./store";

/** The templates sharing a scope with one: the mailbox's, or the owner's personal ones. */
export interface ScopeRef {
  scope: "mailbox" | "personal";
  /** Mailbox id, or the owner's email. */
  holder: string;
}

/**
 * Reads a scope's templates whole: bounded by the scope's cap (one more, so a hand-written excess is
 * still seen as full), which is what makes the count and shortcut checks exact inside a transaction.
 */
export async function readScope(
  db: Firestore,
  org: string,
  ref: ScopeRef,
  tx?: Transaction,
): Promise<StoredTemplate[]> {
  const cap = capOf(ref) + 1;
  const field = ref.scope === "mailbox" ? "mailbox" : "owner";
  const query = templatePaths.all(db, org).where(field, "==", ref.holder).limit(cap);
  const snapshot = tx === undefined ? await query.get() : await tx.get(query);
  return snapshot.docs
    .map((doc) => toStoredTemplate(doc.id, doc.data()))
    .filter((t) => t.scope === ref.scope);
}

/**
 * Every mailbox template of the org in mailboxes the caller sees (a search without a mailbox), read
 * once with a bound: templatesAcrossMailboxes.
 */
export async function readAllMailboxTemplates(
  db: Firestore,
  principal: Principal,
  hidden: ReadonlySet<string>,
): Promise<StoredTemplate[]> {
  const snapshot = await templatePaths
    .all(db, principal.org)
    .where("scope", "==", "mailbox")
    .limit(TEMPLATE_LIMITS.templatesAcrossMailboxes.value)
    .get();
  return snapshot.docs
    .map((doc) => toStoredTemplate(doc.id, doc.data()))
    .filter((t) => !hidden.has(t.mailbox ?? ""));
}

function capOf(ref: ScopeRef): number {
  return ref.scope === "mailbox"
    ? TEMPLATE_LIMITS.templatesPerMailbox.value
    : TEMPLATE_LIMITS.templatesPerPerson.value;
}

/** Refuses a new template past the scope's cap (409, with what to do). */
export function failIfFull(ref: ScopeRef, siblings: readonly StoredTemplate[]): void {
  const cap = capOf(ref);
  if (siblings.length < cap) return;
  fail("conflict", ref.scope === "mailbox" ? "errors.templatesMailboxFull" : "errors.templatesPersonalFull", {
    max: cap,
  });
}

/** Refuses a shortcut another template of the scope already has: typing it must pick one template. */
export function failIfShortcutTaken(
  shortcut: string,
  siblings: readonly StoredTemplate[],
  exceptId: string | null,
): void {
  const clash = siblings.find((t) => t.shortcut === shortcut && t.id !== exceptId);
  if (clash !== undefined)
    fail("conflict", "errors.templateShortcutTaken", { shortcut, name: clash.name }, { template: clash.id });
}

export function scopeOf(template: StoredTemplate): ScopeRef {
  return template.scope === "mailbox"
    ? { scope: "mailbox", holder: template.mailbox ?? "" }
    : { scope: "personal", holder: template.owner ?? "" };
}

export function personalScope(principal: Principal): ScopeRef {
  return { scope: "personal", holder: principal.email };
}
