import { searchTemplates } from "@baton/shared/templates";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import type { ServerDeps } from "../handlers/deps";
import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { mailboxNamed } from "../store/directory";
import type { Mailbox } from "../store/mailboxes";
import { hiddenMailboxIds } from "../store/visibility";
import { failUnlessMailboxEditor, failUnlessUsable, mayEdit } from "./access";
import { renderHandlers } from "./render";
import {
  failIfFull,
  failIfShortcutTaken,
  personalScope,
  readAllMailboxTemplates,
  readScope,
  scopeOf,
  type ScopeRef,
} from "./siblings";
import { fromSnapshot, templatePaths, toTemplate, type StoredTemplate } from "./store";

type TemplateHandlers = Pick<
  Handlers,
  "listTemplates" | "createTemplate" | "updateTemplate" | "deleteTemplate" | "renderTemplate" | "templateUsed"
>;

/** A mailbox by id or address that the caller sees, or 404 (a hidden mailbox is not told apart). */
async function visibleMailbox(db: Firestore, principal: Principal, idOrAddress: string): Promise<Mailbox> {
  const mailbox = await mailboxNamed(db, principal.org, idOrAddress);
  if (mailbox === null || (await hiddenMailboxIds(db, principal)).has(mailbox.id))
    fail("not_found", "errors.noMailboxInOrg", { mailbox: idOrAddress });
  return mailbox;
}

/** Templates (issue 17): CRUD, search, render and use counting. See ./store.ts for the layout. */
export function templatesHandlers(deps: ServerDeps): TemplateHandlers {
  const { db } = deps;
  return {
    async listTemplates({ principal, query }) {
      const mailbox = query.mailbox === undefined ? null : await visibleMailbox(db, principal, query.mailbox);
      const scopes: ScopeRef[] = [];
      if (query.scope !== "mailbox") scopes.push(personalScope(principal));
      if (mailbox !== null && query.scope !== "personal")
        scopes.push({ scope: "mailbox", holder: mailbox.id });
      const reads = scopes.map((ref) => readScope(db, principal.org, ref));
      // No mailbox named: the templates of every mailbox the caller sees (the compose card knows the
      // conversation, not always its mailbox).
      if (mailbox === null && query.scope !== "personal")
        reads.push(readAllMailboxTemplates(db, principal, await hiddenMailboxIds(db, principal)));
      const all = (await Promise.all(reads)).flat();
      const found = searchTemplates(all, query.q, query.limit);
      return {
        templates: found.templates.map((t) => toTemplate(t, mayEdit(principal, t))),
        truncated: found.truncated,
      };
    },

    async createTemplate({ principal, body, nowMs }) {
      let ref: ScopeRef = personalScope(principal);
      if (body.scope === "mailbox") {
        failUnlessMailboxEditor(principal);
        const mailbox = await visibleMailbox(db, principal, body.mailbox ?? "");
        ref = { scope: "mailbox", holder: mailbox.id };
      }
      const doc = templatePaths.all(db, principal.org).doc();
      const stored: StoredTemplate = {
        id: doc.id,
        scope: ref.scope,
        mailbox: ref.scope === "mailbox" ? ref.holder : null,
        owner: ref.scope === "personal" ? ref.holder : null,
        name: body.name,
        shortcut: body.shortcut,
        language: body.language,
        tags: body.tags,
        body: body.body,
        useCount: 0,
        lastUsedAt: null,
        csatCount: 0,
        csatSum: 0,
        createdAt: nowMs,
        createdBy: principal.email,
        updatedAt: nowMs,
        updatedBy: principal.email,
      };
      // Count and shortcut are checked in the transaction that creates, so two creates racing for
      // the last slot or the same shortcut cannot both pass.
      await db.runTransaction(async (tx) => {
        const siblings = await readScope(db, principal.org, ref, tx);
        failIfFull(ref, siblings);
        failIfShortcutTaken(stored.shortcut, siblings, null);
        const { id: _id, ...data } = stored;
        tx.create(doc, data);
      });
      return toTemplate(stored, true);
    },

    async updateTemplate({ principal, params, body, nowMs }) {
      const ref = templatePaths.one(db, principal.org, params.id);
      const updated = await db.runTransaction(async (tx) => {
        const current = await failUnlessUsable(db, principal, fromSnapshot(await tx.get(ref)), params.id);
        if (!mayEdit(principal, current)) failUnlessMailboxEditor(principal);
        const siblings = await readScope(db, principal.org, scopeOf(current), tx);
        failIfShortcutTaken(body.shortcut, siblings, current.id);
        const next: StoredTemplate = { ...current, ...body, updatedAt: nowMs, updatedBy: principal.email };
        tx.update(ref, { ...body, updatedAt: nowMs, updatedBy: principal.email });
        return next;
      });
      return toTemplate(updated, true);
    },

    async deleteTemplate({ principal, params }) {
      const ref = templatePaths.one(db, principal.org, params.id);
      const current = await failUnlessUsable(db, principal, fromSnapshot(await ref.get()), params.id);
      if (!mayEdit(principal, current)) failUnlessMailboxEditor(principal);
      // The use receipts go with it (recursiveDelete), so no orphaned subcollection is left behind.
      await db.recursiveDelete(ref);
      return { id: params.id, deleted: true as const };
    },

    ...renderHandlers(deps),
  };
}
