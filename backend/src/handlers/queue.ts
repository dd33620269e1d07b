import { STATUSES, type QueueItem, type QueueResponse, type Status } from "@baton/shared";
import type { DocumentData } from "firebase-admin/firestore";
import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { queryQueue } from "../store/queue";
import { decodeEncodedWords } from "../store/encoded-words";
import { summaryTone, type SlaSummary } from "../store/sla-summary";
import { hiddenMailboxIds } from "../store/visibility";
import type { ServerDeps } from "./deps";
import { unreadMentionKeys } from "../mentions/reads";

/** Without a status filter the queue is the work still to do. */
const OPEN_STATUSES: Status[] = STATUSES.filter((s) => s !== "resolved");

export function encodeCursor(position: { queueOrder: number; key: string }): string {
  return Buffer.from(JSON.stringify([position.queueOrder, position.key]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): { queueOrder: number; key: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string") {
      return { queueOrder: value[0], key: value[1] };
    }
  } catch {
    // Falls through to the error below.
  }
  fail("invalid_request", "errors.queueCursor", {}, { path: "cursor" });
}

function toItem(key: string, data: DocumentData, nowMs: number): QueueItem {
  const sla = data.sla as SlaSummary | undefined;
  return {
    key,
    mailbox: String(data.mailbox ?? ""),
    // Conversations stored before subjects were decoded where they enter show right too.
    subject: decodeEncodedWords(String(data.subject ?? "")),
    status: data.status as QueueItem["status"],
    priority: data.priority as QueueItem["priority"],
    assignee: typeof data.assignee === "string" ? data.assignee : null,
    tags: Array.isArray(data.tags) ? (data.tags as string[]) : [],
    messageCount: typeof data.messageCount === "number" ? data.messageCount : 0,
    lastInboundAt: typeof data.lastInboundAt === "number" ? data.lastInboundAt : null,
    updatedAt: typeof data.updatedAt === "number" ? data.updatedAt : 0,
    nextDeadline: sla?.nextDeadline ?? null,
    nextDeadlineClock: sla?.nextDeadlineClock ?? null,
    tone: summaryTone(sla, nowMs),
    breaches: breachesOf(sla, nowMs),
    ...followUpDueOf(data.followUpDue),
  };
}

/** The "follow-up due" marker as stored (conversation/followup.ts), when there is one. */
function followUpDueOf(value: unknown): Pick<QueueItem, "followUpDue"> {
  const due = value as QueueItem["followUpDue"];
  return typeof due?.at === "number" && typeof due.dueAt === "number" ? { followUpDue: due } : {};
}

/** Clocks past due at nowMs (logged as breached, or running past dueAt since the summary), oldest first. */
function breachesOf(sla: SlaSummary | undefined, nowMs: number): NonNullable<QueueItem["breaches"]> {
  return (sla?.clocks ?? [])
    .filter((c) => c.dueAt !== null && c.state !== "met" && (c.state === "breached" || nowMs > c.dueAt))
    .map((c) => ({ clock: c.kind, at: c.dueAt ?? nowMs, stoppedAt: c.stoppedAt }))
    .sort((a, b) => a.at - b.at);
}

export function queueHandler(deps: ServerDeps): Handlers["queue"] {
  return async ({ principal, query, nowMs }): Promise<QueueResponse> => {
    const assignee =
      query.assignee === "me" ? principal.email : query.assignee === "unassigned" ? null : query.assignee;
    const hiddenRead = hiddenMailboxIds(deps.db, principal);
    hiddenRead.catch(() => undefined);
    const page = await queryQueue(deps.db, principal.org, {
      mailbox: query.mailbox,
      assignee,
      statuses: query.status ?? OPEN_STATUSES,
      mentions: query.mentions === "me" ? principal.email.toLowerCase() : undefined,
      limit: query.limit,
      after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
    });
    // Mailboxes the org hides from this caller (mailboxVisibility "members") are left out after the
    // query, read beside it from caches: a page may hold fewer than `limit` items, and nextCursor
    // still continues after the last conversation read, so paging neither repeats nor skips.
    const hidden = await hiddenRead;
    // mentions=me lists only what the caller has not marked read (mentions/reads.ts).
    const unread =
      query.mentions === "me"
        ? await unreadMentionKeys(deps.db, principal.org, principal.email, page.docs)
        : null;
    return {
      items: page.docs
        .filter(({ key, data }) => !hidden.has(String(data.mailboxId ?? "")) && (unread?.has(key) ?? true))
        .map(({ key, data }) => toItem(key, data, nowMs)),
      nextCursor: page.last === null ? null : encodeCursor(page.last),
    };
  };
}
