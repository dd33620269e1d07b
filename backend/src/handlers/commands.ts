import {
  can,
  decide,
  isDomainError,
  membershipRefusal,
  type Conversation,
  type ConversationCommand,
  type Decision,
  type ConversationResponse,
  type DecideOptions,
  type DomainError,
} from "@baton/shared";
import type { Principal } from "../auth/principal";
import { fail, failWith } from "../http/errors";
import { createIdGenerator } from "../store/ids";
import type { Transaction } from "firebase-admin/firestore";
import { passClaimGate } from "../store/claim-gate";
import { mailboxesOf, teamOf } from "../store/directory";
import type { Mailbox } from "../store/mailboxes";
import { loadOrgSettings } from "../store/orgs";
import { paths } from "../store/paths";
import { listPresence } from "../store/presence";
import { hiddenMailboxIds } from "../store/visibility";
import type { ServerDeps } from "./deps";
import { changeConversation } from "./append";
import { renderConversation } from "./render";

/**
 * Runs one state-machine command for a member: transaction (read, decide, append, project), then
 * the response rendered for that member. Domain refusals (already_claimed, forbidden, ...) become
 * their coded errors; an idempotent repeat answers the current state with 200. A claim first passes
 * the claim gate (store/claim-gate.ts): of racing claims only the winner runs the transaction, and
 * the losers are answered from one failed create, so contention costs no retries.
 */
export async function runCommand(
  deps: ServerDeps,
  principal: Principal,
  key: string,
  command: ConversationCommand,
  nowMs: number,
  options: DecideOptions = {},
): Promise<ConversationResponse> {
  const newId = createIdGenerator(nowMs);
  const actor = { email: principal.email, role: principal.role };
  // Presence does not depend on the command: read it while the transaction runs.
  const presence = listPresence(deps.db, principal.org, key, nowMs);
  presence.catch(() => undefined);
  const [holds] = await Promise.all([
    membershipOf(deps, principal, command),
    refuseIfHidden(deps, principal, key),
  ]);
  const decideIn = (conversation: Conversation, mailbox: MailboxLike | undefined) =>
    holds(decide(conversation, command, actor, nowMs, newId, options), mailbox);
  let alsoWrite: (tx: Transaction) => void = () => undefined;
  if (command.type === "claim") {
    const mailboxes = await mailboxesOf(deps.db, principal.org);
    const gate = await passClaimGate(
      deps.db,
      principal.org,
      key,
      principal.email,
      nowMs,
      (conversation, id) =>
        decideIn(
          conversation,
          mailboxes.find((m) => m.id === id),
        ),
    );
    if (gate.kind === "answered") failWith(await withOwnerName(deps, principal.org, gate.error));
    alsoWrite = gate.release;
  }
  const result = await changeConversation(
    deps.db,
    principal.org,
    key,
    nowMs,
    (loaded) => decideIn(loaded.conversation, loaded.mailbox),
    alsoWrite,
  );
  if (isDomainError(result)) failWith(await withOwnerName(deps, principal.org, result));
  return renderConversation(deps.db, principal, result, nowMs, presence);
}

type MailboxLike = Pick<Mailbox, "name" | "routing">;

/**
 * A member the org hides a mailbox from (mailboxVisibility "members") acts on its conversations as
 * on ones that do not exist: not_found, before any gate or transaction (a claim gate's
 * already_claimed would name the owner). The conversation is read only when something is hidden
 * from this member; a conversation never changes mailbox, so no transaction needs to re-check.
 */
async function refuseIfHidden(deps: ServerDeps, principal: Principal, key: string): Promise<void> {
  const hidden = await hiddenMailboxIds(deps.db, principal);
  if (hidden.size === 0) return;
  const mailboxId: unknown = (await paths.conversation(deps.db, principal.org, key).get()).get("mailboxId");
  if (typeof mailboxId === "string" && hidden.has(mailboxId)) {
    fail("not_found", "errors.notSeenYet");
  }
}

/**
 * Mailbox membership (shared's membershipRefusal): a decision that gives the conversation to
 * someone (claimed, assigned) is refused when they may not hold that mailbox's conversations. Reads
 * the cached team only for the commands that can give a conversation to someone.
 */
async function membershipOf(
  deps: ServerDeps,
  principal: Principal,
  command: ConversationCommand,
): Promise<(decision: Decision | DomainError, mailbox: MailboxLike | undefined) => Decision | DomainError> {
  if (command.type !== "claim" && command.type !== "assign") return (decision) => decision;
  const team = await teamOf(deps.db, principal.org);
  return (decision, mailbox) => {
    if (!("events" in decision) || mailbox === undefined) return decision;
    for (const event of decision.events) {
      if (event.type !== "claimed" && event.type !== "assigned") continue;
      const member = team.find((m) => m.email === event.assignee);
      const holder = member ?? { email: event.assignee, role: principal.role, name: event.assignee };
      const refusal = membershipRefusal(
        { name: mailbox.name, agents: mailbox.routing.agents },
        { email: holder.email, role: holder.role, name: holder.name },
        principal.email,
      );
      if (refusal !== null) return refusal;
    }
    return decision;
  };
}

/**
 * already_claimed names the owner by address; the sidebars say "Ana has it", so the refusal carries
 * the owner's display name too (from the cached team: no extra read on the hot path).
 */
export async function withOwnerName(deps: ServerDeps, org: string, error: DomainError): Promise<DomainError> {
  const owner = error.details?.["owner"];
  if (error.code !== "already_claimed" || typeof owner !== "string") return error;
  const member = (await teamOf(deps.db, org)).find((m) => m.email === owner);
  return { ...error, details: { ...error.details, ownerName: member?.name ?? owner } };
}

/** Notes need the team (to resolve @mentions) and the org's redaction setting. */
export async function noteOptions(deps: ServerDeps, principal: Principal): Promise<DecideOptions> {
  const [members, settings] = await Promise.all([
    teamOf(deps.db, principal.org),
    loadOrgSettings(deps.db, principal.org),
  ]);
  return { members: members.map((m) => m.email), redaction: settings.redaction };
}

/**
 * The state machine leaves "is the assignee on the team" to the backend (it does not see the team):
 * the assignee must be a member whose role may hold conversations.
 */
export async function checkAssignee(deps: ServerDeps, principal: Principal, assignee: string): Promise<void> {
  const member = (await teamOf(deps.db, principal.org)).find((m) => m.email === assignee);
  if (member === undefined) {
    fail("invalid_request", "errors.assigneeNotMember", { email: assignee }, { path: "assignee" });
  }
  if (!can(member.role, "claim")) {
    fail(
      "invalid_request",
      "errors.assigneeCannotOwn",
      { email: assignee, role: member.role },
      { path: "assignee" },
    );
  }
}
