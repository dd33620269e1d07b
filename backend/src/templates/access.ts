import { can, refusalError } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { fail, failWith } from "../http/errors";
import { hiddenMailboxIds } from "../store/visibility";
import type { StoredTemplate } from "./store";

/**
 * Who may do what with a template. Mailbox templates are the team's voice: every member who sees the
 * mailbox uses them, leads and admins (edit_policies) write them. Personal templates exist for their
 * owner only: to anyone else they do not exist (404, not 403), so an id cannot be probed.
 */

export const MAILBOX_TEMPLATE_REFUSAL = "change a mailbox's templates; leads and admins can";

export function notFound(id: string): never {
  fail("not_found", "errors.noTemplate", { id });
}

export function mayEdit(principal: Principal, template: Pick<StoredTemplate, "scope" | "owner">): boolean {
  return template.scope === "personal"
    ? template.owner === principal.email
    : can(principal.role, "edit_policies");
}

/** Refuses writing a mailbox template without edit_policies (403, with what to do). */
export function failUnlessMailboxEditor(principal: Principal): void {
  if (!can(principal.role, "edit_policies"))
    failWith(refusalError(principal.role, "edit_policies", MAILBOX_TEMPLATE_REFUSAL));
}

/**
 * The template as the caller may use it, or 404: someone else's personal template, or a template of
 * a mailbox the org's visibility hides from the caller.
 */
export async function failUnlessUsable(
  db: Firestore,
  principal: Principal,
  template: StoredTemplate | null,
  id: string,
): Promise<StoredTemplate> {
  if (template === null) notFound(id);
  if (template.scope === "personal" && template.owner !== principal.email) notFound(id);
  if (template.scope === "mailbox" && (await hiddenMailboxIds(db, principal)).has(template.mailbox ?? ""))
    notFound(id);
  return template;
}
