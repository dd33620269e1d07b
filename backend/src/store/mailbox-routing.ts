import { type DomainError, type MailboxRoutingResponse } from "@baton/shared";
import {
  validateRoutingRules,
  type RoutingRule,
  type RoutingSettings,
  type RulesContext,
} from "@baton/shared/routing";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { paths } from "./paths";
import { splitRouting, toMailbox } from "./mailboxes";

/** A mailbox's whole `routing` (api/routing.ts mailboxRoutingSchema's output). */
export type MailboxRouting = MailboxRoutingResponse["routing"];

/** A mailbox's whole `routing` as stored (agents, onCall and the settings), or null: no such mailbox. */
export async function readMailboxRouting(
  db: Firestore,
  org: string,
  id: string,
): Promise<MailboxRouting | null> {
  const doc = await paths.mailbox(db, org, id).get();
  if (!doc.exists) return null;
  const mailbox = toMailbox(id, doc.data() ?? {}, doc.createTime?.toMillis());
  return { ...mailbox.routing, ...splitRouting(doc.get("routing")).settings };
}

export type PutRoutingOutcome =
  | { ok: true; routing: MailboxRouting }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "invalid"; error: DomainError };

/**
 * Replaces a mailbox's routing after `validateRoutingRules` passes against every other mailbox's
 * saved rules read in the same transaction: two admins adding the two halves of a loop at once
 * cannot both succeed (the second one's transaction sees the first one's moves, or is retried).
 * One document write, so a refusal leaves the saved routing exactly as it was.
 */
export async function putMailboxRouting(
  db: Firestore,
  org: string,
  id: string,
  routing: MailboxRouting,
  context: Pick<RulesContext, "members">,
): Promise<PutRoutingOutcome> {
  const ref = paths.mailbox(db, org, id);
  return db.runTransaction(async (tx) => {
    const [doc, all] = await Promise.all([tx.get(ref), tx.get(paths.mailboxes(db, org))]);
    if (!doc.exists) return { ok: false, reason: "not_found" };
    const mailboxes = new Map<string, readonly RoutingRule[]>(
      all.docs.map((d) => [d.id, splitRouting(d.get("routing")).settings.rules]),
    );
    const error = validateRoutingRules(routing.rules, {
      mailbox: id,
      members: context.members,
      agents: routing.agents,
      mailboxes,
    });
    if (error !== null) return { ok: false, reason: "invalid", error };
    tx.update(ref, { routing });
    return { ok: true, routing };
  });
}

/**
 * PUT /mailboxes/{id} changes the agents without carrying the rules: the saved rules are checked
 * against the new agents (and the org's members and mailboxes) in the PUT's transaction, so an
 * `assign` rule naming an agent who was just removed refuses the save, naming the rule, instead of
 * staying behind to assign to someone who is no agent. Returns the refusal, or null.
 */
export function rulesVersusAgents(
  db: Firestore,
  org: string,
  id: string,
  agents: readonly string[],
  members: ReadonlySet<string>,
) {
  return async (tx: Transaction, settings: RoutingSettings): Promise<DomainError | null> => {
    if (settings.rules.length === 0) return null;
    const all = await tx.get(paths.mailboxes(db, org));
    const mailboxes = new Map<string, readonly RoutingRule[]>(
      all.docs.map((d) => [d.id, splitRouting(d.get("routing")).settings.rules]),
    );
    const error = validateRoutingRules(settings.rules, {
      mailbox: id,
      members,
      agents: agents.map((a) => a.toLowerCase()),
      mailboxes,
    });
    if (error === null) return null;
    const index = /^rules\[(\d+)\]/.exec(
      typeof error.details?.path === "string" ? error.details.path : "",
    )?.[1];
    const rule = index === undefined ? undefined : settings.rules[Number(index)];
    return rule === undefined
      ? error
      : {
          ...error,
          message: `Rule '${rule.name}' — ${error.message}`,
          details: { ...error.details, rule: rule.id },
        };
  };
}
