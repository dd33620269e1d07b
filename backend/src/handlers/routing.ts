import {
  InvalidCalendarError,
  isRole,
  PRIORITIES,
  ROUTING_PREVIEW_CONVERSATIONS,
  validateCalendar,
} from "@baton/shared";
import { type MemberAvailability, type OpenLoad, type RoutingMember } from "@baton/shared/routing";
import type { Firestore } from "firebase-admin/firestore";
import type { Handlers } from "../http/app";
import { fail, failWith } from "../http/errors";
import {
  toAvailability,
  setAvailability,
  readAvailability,
  type AvailabilityChange,
} from "../store/availability";
import { forgetDirectory, teamOf } from "../store/directory";
import { findMailbox } from "../store/mailboxes";
import { putMailboxRouting, readMailboxRouting } from "../store/mailbox-routing";
import { paths } from "../store/paths";
import { forgetRoutingDirectory, loadWasCounted, rebalanceMember, startLoadRebuild } from "../routing";
import { checkMembers } from "./check-members";
import type { ServerDeps } from "./deps";
import { previewRouting, type PreviewConversation } from "./routing-preview";

type RoutingHandlers = Pick<
  Handlers,
  | "getMailboxRouting"
  | "putMailboxRouting"
  | "previewMailboxRouting"
  | "getMyAvailability"
  | "putMyAvailability"
  | "putMemberAvailability"
  | "rebuildMemberLoad"
>;

/** The statuses that count towards a member's open load ("owns and has not resolved"). */
const OPEN_STATUSES = ["open", "pending", "snoozed"];

function noMailbox(id: string): never {
  fail("not_found", "errors.noMailboxInOrg", { mailbox: id });
}

function answer(email: string, availability: MemberAvailability) {
  return { email, ...availability };
}

/**
 * GET/PUT /mailboxes/{id}/routing, its preview, and members' availability (issue 16). A member who
 * goes away has their open conversations offered back to the strategy by the routing engine's
 * `rebalanceMember` (backend/src/routing/); DELETE /members/{email} does the same (admin.ts).
 */
export function routingHandlers(deps: ServerDeps): RoutingHandlers {
  const { db } = deps;
  return {
    async getMailboxRouting({ principal, params }) {
      const routing = await readMailboxRouting(db, principal.org, params.id);
      if (routing === null) noMailbox(params.id);
      return { id: params.id, routing };
    },

    async putMailboxRouting({ principal, params, body, nowMs }) {
      // Agents and on-call are checked like PUT /mailboxes does; rule assignees, patterns, moves and
      // loops by validateRoutingRules inside the write's transaction.
      forgetDirectory();
      await checkMembers(db, principal.org, [
        ...(body.onCall === null ? [] : [["onCall", body.onCall] as const]),
        ...body.agents.map((e) => ["agents", e] as const),
      ]);
      const members = new Set((await teamOf(db, principal.org)).map((m) => m.email.toLowerCase()));
      const outcome = await putMailboxRouting(db, principal.org, params.id, body, { members });
      if (!outcome.ok) {
        if (outcome.reason === "not_found") noMailbox(params.id);
        failWith(outcome.error);
      }
      forgetDirectory();
      forgetRoutingDirectory();
      // Routing starts enforcing caps: on an org upgraded from before open load was kept, the
      // conversations owned until then are counted once first (the job finds itself if running).
      if (body.strategy !== "manual" && !(await loadWasCounted(db, principal.org)))
        await startLoadRebuild(db, principal.org, principal.email, nowMs);
      return { id: params.id, routing: outcome.routing };
    },

    async rebuildMemberLoad({ principal, nowMs }) {
      return startLoadRebuild(db, principal.org, principal.email, nowMs);
    },

    async previewMailboxRouting({ principal, params, body, nowMs }) {
      const mailbox = await findMailbox(db, principal.org, params.id);
      if (mailbox === null || mailbox.id !== params.id) noMailbox(params.id);
      const [members, conversations] = await Promise.all([
        routingMembers(db, principal.org),
        lastConversations(db, principal.org, params.id),
      ]);
      const loads = await openLoads(
        db,
        principal.org,
        members.map((m) => m.email),
      );
      const names = new Map(members.map((m) => [m.email, m.name ?? m.email]));
      const result = previewRouting(body, conversations, {
        mailboxAddress: mailbox.address,
        calendar: mailbox.calendar,
        members,
        loads,
        names,
        nowMs,
      });
      return { evaluated: conversations.length, ...result };
    },

    async getMyAvailability({ principal }) {
      const availability = await readAvailability(db, principal.org, principal.email);
      if (availability === null) fail("not_member", "errors.noLongerMember", { email: principal.email });
      return answer(principal.email, availability);
    },

    async putMyAvailability({ principal, body, nowMs }) {
      return change(db, principal.org, principal.email, { awayUntil: body.awayUntil }, nowMs);
    },

    async putMemberAvailability({ principal, params, body, nowMs }) {
      if (body.workingHours !== undefined) {
        try {
          validateCalendar(body.workingHours);
        } catch (error) {
          if (!(error instanceof InvalidCalendarError)) throw error;
          const problem = { ...error.params, problemKey: error.key, path: "workingHours" };
          fail("invalid_calendar", "errors.atPath", problem, { path: "workingHours" });
        }
      }
      // A PUT replaces: hours or a cap left out mean none of the member's own (the mailbox's apply).
      return change(
        db,
        principal.org,
        params.email,
        {
          awayUntil: body.awayUntil,
          skills: body.skills,
          workingHours: body.workingHours ?? null,
          maxOpen: body.maxOpen === undefined ? "mailbox" : body.maxOpen,
        },
        nowMs,
      );
    },
  };
}

async function change(db: Firestore, org: string, email: string, what: AvailabilityChange, nowMs: number) {
  const outcome = await setAvailability(db, org, email, what);
  if (!outcome.ok) fail("not_found", "errors.notMemberOfTeam", { email });
  // Routing reads availability through its own cache: this instance must see the change at once.
  forgetRoutingDirectory();
  // Away from now on: their open conversations go back to the strategy (or the lead), one notice per
  // receiver. On every such PUT, not only the first: rebalanceMember is idempotent and resumable, so
  // a repeated PUT after a failure finishes the job instead of finding the member "already away".
  const away = outcome.availability.awayUntil;
  if (away !== null && away > nowMs) await rebalanceMember(db, org, email, "away", nowMs);
  return answer(email, outcome.availability);
}

/** Every member with their availability, for the strategies (one read of the members collection). */
async function routingMembers(db: Firestore, org: string): Promise<RoutingMember[]> {
  const snapshot = await paths.members(db, org).get();
  return snapshot.docs.flatMap((doc) => {
    const role: unknown = doc.get("role");
    if (!isRole(role)) return [];
    const name: unknown = doc.get("name");
    return [
      {
        email: doc.id,
        role,
        ...(typeof name === "string" && name !== "" ? { name } : {}),
        availability: toAvailability(doc.data()),
      },
    ];
  });
}

/** Each member's open conversations by priority: count aggregations, no documents read. */
async function openLoads(
  db: Firestore,
  org: string,
  emails: readonly string[],
): Promise<Map<string, OpenLoad>> {
  const base = paths.conversations(db, org).where("status", "in", OPEN_STATUSES);
  const counted = await Promise.all(
    emails.flatMap((email) =>
      PRIORITIES.map(async (priority) => {
        const query = base.where("assignee", "==", email).where("priority", "==", priority);
        return { email, priority, count: (await query.count().get()).data().count };
      }),
    ),
  );
  const loads = new Map<string, OpenLoad>();
  for (const { email, priority, count } of counted) {
    if (count === 0) continue;
    loads.set(email, { ...loads.get(email), [priority]: count });
  }
  return loads;
}

/**
 * The mailbox's newest conversations (ROUTING_PREVIEW_CONVERSATIONS) with the facts of their first
 * customer message: one query for the documents, one bounded read of the start of each log.
 */
async function lastConversations(
  db: Firestore,
  org: string,
  mailbox: string,
): Promise<PreviewConversation[]> {
  const snapshot = await paths
    .conversations(db, org)
    .where("mailbox", "==", mailbox)
    .orderBy("createdAt", "desc")
    .limit(ROUTING_PREVIEW_CONVERSATIONS)
    .get();
  return Promise.all(
    snapshot.docs.map(async (doc) => {
      // The first few events: the first customer message is among them unless we wrote first.
      const events = await doc.ref.collection("events").orderBy("at").limit(FIRST_EVENTS_READ).get();
      const first = events.docs.map((e) => e.data()).find((e) => e.type === "message_received");
      const subject: unknown = doc.get("subject");
      const createdAt: unknown = doc.get("createdAt");
      return {
        key: doc.id,
        subject: typeof subject === "string" ? subject : "",
        from: typeof first?.from === "string" ? first.from.toLowerCase() : "",
        arrivedAt: typeof createdAt === "number" ? createdAt : 0,
        snippet: typeof first?.snippet === "string" ? first.snippet : "",
        hasAttachment: first?.hasAttachment === true,
        isReply: first?.isReply === true,
      };
    }),
  );
}

/**
 * Events read from the start of each previewed log to find its first customer message: a
 * conversation we started has our message (and maybe a claim) first. Bounds the preview at 50 × 5
 * event reads.
 */
export const FIRST_EVENTS_READ = 5;
