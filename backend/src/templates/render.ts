import { slaStateOfFold, type ErrorKey } from "@baton/shared";
import { dueFromSla, isKnownZone, renderTemplate, type TemplateFacts } from "@baton/shared/templates";
import { FieldValue, type Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import type { ServerDeps } from "../handlers/deps";
import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { creditTemplateUse } from "../csat/template-credit";
import { cycleOf } from "../csat/survey";
import { readConversation } from "../store/conversations";
import { hiddenMailboxIds } from "../store/visibility";
import { failUnlessUsable } from "./access";
import { fromSnapshot, templatePaths, USE_RECEIPT_MS, type StoredTemplate } from "./store";

/** gRPC ALREADY_EXISTS, as the Admin SDK reports a create() of an existing document. */
const ALREADY_EXISTS = 6;

const NOT_SEEN = "errors.notSeenYet" satisfies ErrorKey;

async function usableTemplate(db: Firestore, principal: Principal, id: string): Promise<StoredTemplate> {
  return failUnlessUsable(
    db,
    principal,
    fromSnapshot(await templatePaths.one(db, principal.org, id).get()),
    id,
  );
}

/** The conversation, when the caller sees its mailbox; else 404 (a hidden one is not told apart). */
async function visibleConversation(db: Firestore, principal: Principal, key: string) {
  const state = await readConversation(db, principal.org, key);
  if (state === null || (await hiddenMailboxIds(db, principal)).has(state.mailbox.id))
    fail("not_found", NOT_SEEN);
  return state;
}

/** The facts of one conversation a render fills variables from, read from its document alone. */
async function factsFor(
  db: Firestore,
  principal: Principal,
  key: string,
  readerZone: string | undefined,
  customerName: string | undefined,
  nowMs: number,
): Promise<TemplateFacts> {
  const state = await visibleConversation(db, principal, key);
  const sla = slaStateOfFold(state.fold, state.mailbox.policy, state.mailbox.calendar, nowMs);
  // The customer's zone when the client knows it, else the mailbox's business-hours zone.
  const zone =
    readerZone !== undefined && isKnownZone(readerZone) ? readerZone : state.mailbox.calendar.timeZone;
  return {
    customerName: customerName ?? null,
    agentName: principal.name,
    mailboxName: state.mailbox.name,
    conversationKey: key,
    firstResponseDue: dueFromSla(sla, "first_response", nowMs),
    resolutionDue: dueFromSla(sla, "resolution", nowMs),
    zone,
    now: nowMs,
  };
}

export function renderHandlers(deps: ServerDeps): Pick<Handlers, "renderTemplate" | "templateUsed"> {
  const { db } = deps;
  return {
    // Writes nothing: the agent may look at `missing` and decide not to insert.
    async renderTemplate({ principal, params, body, nowMs }) {
      const [template, facts] = await Promise.all([
        usableTemplate(db, principal, params.id),
        factsFor(db, principal, body.conversationKey, body.readerZone, body.customerName, nowMs),
      ]);
      const rendered = renderTemplate(template.body, template.language, facts);
      return { templateId: template.id, ...rendered, language: template.language, timeZone: facts.zone };
    },

    /**
     * One insert, counted once per request id: the receipt's create() and the increment commit
     * together, so a retry finds the receipt, fails the batch, and counts nothing. With a
     * conversation (which the caller must see: crediting a template with the answers of a
     * conversation one cannot read would leak them), the template is remembered on its current cycle
     * for the average CSAT; that step is idempotent, so it also runs on a retry, completing a first
     * attempt that counted but failed before it.
     */
    async templateUsed({ principal, params, body, nowMs }) {
      const key = body.conversationKey;
      const [template, state] = await Promise.all([
        usableTemplate(db, principal, params.id),
        key === undefined ? null : visibleConversation(db, principal, key),
      ]);
      const ref = templatePaths.one(db, principal.org, template.id);
      const batch = db.batch();
      batch.create(templatePaths.use(db, principal.org, template.id, body.requestId), {
        at: nowMs,
        by: principal.email,
        conversationKey: body.conversationKey ?? null,
        expireAt: new Date(nowMs + USE_RECEIPT_MS),
      });
      batch.update(ref, { useCount: FieldValue.increment(1), lastUsedAt: nowMs });
      let counted = true;
      try {
        await batch.commit();
      } catch (error) {
        if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
        counted = false;
      }
      if (state !== null)
        await creditTemplateUse(db, {
          org: principal.org,
          key: state.conversation.key,
          cycle: cycleOf(state.conversation),
          templateId: template.id,
        });
      const after = fromSnapshot(await ref.get());
      return { templateId: template.id, useCount: after?.useCount ?? template.useCount, counted };
    },
  };
}
