import {
  can,
  decide,
  isDomainError,
  type ConversationCommand,
  type ConversationResponse,
  type DecideOptions,
  type DomainError,
} from "@baton/shared";
import type { Principal } from "../auth/principal";
import { fail, failWith } from "../http/errors";
import { createIdGenerator } from "../store/ids";
import { teamOf } from "../store/directory";
import { loadOrgSettings } from "../store/orgs";
import { listPresence } from "../store/presence";
import type { ServerDeps } from "./deps";
import { changeConversation } from "./append";
import { renderConversation } from "./render";

/**
 * Runs one state-machine command for a member: transaction (read, decide, append, project), then
 * the response rendered for that member. Domain refusals (already_claimed, forbidden, ...) become
 * their coded errors; an idempotent repeat answers the current state with 200.
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
  const result = await changeConversation(deps.db, principal.org, key, nowMs, (loaded) =>
    decide(loaded.conversation, command, actor, nowMs, newId, options),
  );
  if (isDomainError(result)) failWith(await withOwnerName(deps, principal.org, result));
  return renderConversation(deps.db, principal, result, nowMs, presence);
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
    fail("invalid_request", `assignee: ${assignee} is not a member of this team.`, { path: "assignee" });
  }
  if (!can(member.role, "claim")) {
    fail("invalid_request", `assignee: ${assignee} is a ${member.role} and can't own conversations.`, {
      path: "assignee",
    });
  }
}
