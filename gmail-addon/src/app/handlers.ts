/**
 * What each entry point does, in card-model terms: read the event, make ONE call to the backend
 * (Apps Script quotas: 20k/100k UrlFetch calls a user a day), build the card from the view model.
 * main.ts turns the results into CardService objects. Everything that touches an Apps Script service
 * lives in gmail/.
 */
import type { ConversationResponse } from "@baton/shared";
import { PRIORITIES, STATUSES } from "@baton/shared/conversation";
import { awayLine, lostRaceText, queueDeadlineText, tomorrowMorning } from "@baton/shared/view";
import type { QueueItem } from "@baton/shared";
import type { MessageKey } from "@baton/shared/i18n";
import type { CardKind } from "../cards/actions";
import { AWAY_CHOICES, FIELDS } from "../cards/actions";
import { asOfText, buildContextualCard, type CardReader } from "../cards/contextual-card";
import { readMemberLanguage } from "../gmail/user-store";
import { failureText } from "./failure-text";
import { readerOf as readerWith } from "./reader";
import { buildErrorCard } from "../cards/error-card";
import { buildHomepageCard, groupByMailbox, mergeMyWork } from "../cards/homepage-card";
import type { Card, CardUpdate } from "../cards/model";
import { call, callApi, callEach, newRequestId, type ApiResult } from "../gmail/backend";
import { readOpenThread, type ThreadRead } from "../gmail/thread";
import { forgetThreadMemo, readThreadMemo, writeThreadMemo } from "../gmail/thread-memo";
import { customerFrom } from "./thread-memo-rules";
import { buildNotesCard } from "../cards/notes-card";
import { buildNotTeamCard } from "../cards/not-team-card";
import { dateTimeValue, formValue, parameter, parseTagEdits } from "./form";
import { loadTeamMailboxes, recheckTeamMailboxes } from "./team-mailboxes";

type Event = GoogleAppsScript.Addons.EventObject;

/**
 * The keyword the follow-up routes resolve on the mailbox's calendar. Spelled here, checked against
 * the contract's constant by type: importing the value would pull zod into the 200 KB bundle.
 */
const NEXT_BUSINESS_MORNING: typeof import("@baton/shared/api").NEXT_BUSINESS_MORNING =
  "next_business_morning";
type Failure = Extract<ApiResult<unknown>, { ok: false }>;

/** The reader of this execution: their zone, and their language (member setting over Gmail's locale). */
export function readerOf(event: Event): CardReader {
  return readerWith(event, readMemberLanguage());
}

export function errorCard(
  event: Event,
  failure: { code: string; message?: string },
  kind: CardKind,
  key?: string,
): Card {
  return buildErrorCard(failure, key === undefined ? { kind } : { kind, key }, readerOf(event).tr);
}

export function conversationCard(event: Event, result: ApiResult<ConversationResponse>, key?: string): Card {
  if (!result.ok) return errorCard(event, result, "contextual", key);
  return buildContextualCard(result.body.view, readerOf(event));
}

const OPEN_STATUSES = "open,pending,snoozed";

/**
 * The homepage: my work (assigned to me, mentioning me), the unassigned queues and my "away until",
 * in ONE fetchAll. An unreadable availability (a backend without the route) leaves its section out.
 */
export function homepageCard(event: Event, nowMs: number): Card {
  const [assigned, mentioned, unassigned, availability] = callEach([
    call("queue", { query: { assignee: "me", status: OPEN_STATUSES } }),
    call("queue", { query: { mentions: "me", status: OPEN_STATUSES } }),
    call("queue", { query: { assignee: "unassigned", status: OPEN_STATUSES } }),
    call("getMyAvailability", { query: {} }),
  ]);
  const lists: QueueItem[][] = [];
  for (const answer of [assigned, mentioned, unassigned]) {
    if (!answer.ok) return errorCard(event, answer, "homepage");
    lists.push(answer.body.items);
  }
  const [mine = [], mentions = [], queue = []] = lists;
  const { timeZone, tr } = readerOf(event);
  return buildHomepageCard(
    {
      myWork: mergeMyWork(mine, mentions),
      unassigned: groupByMailbox(queue),
      unreadMentions: new Set(mentions.map((item) => item.key)),
    },
    {
      deadlineText: (item) => queueDeadlineText(item, nowMs, timeZone, tr),
      tr,
      asOfText: asOfText(nowMs, timeZone, tr),
      ...(availability.ok
        ? { away: { line: awayLine(availability.body.awayUntil, nowMs, timeZone, tr) } }
        : {}),
    },
  );
}

/**
 * The homepage's Availability buttons: away until the picked instant or tomorrow 09:00 (both on the
 * reader's own clock, the zone Gmail sends), or back now; then the homepage afresh, with a toast.
 */
export function setAway(event: Event, nowMs: number): CardUpdate {
  const choice = AWAY_CHOICES.find((c) => c === parameter(event, "until"));
  const { timeZone, tr } = readerOf(event);
  const until =
    choice === "clear"
      ? null
      : choice === "morning"
        ? tomorrowMorning(nowMs, timeZone)
        : dateTimeValue(event, FIELDS.awayUntil);
  if (choice === undefined || until === undefined || (until !== null && until <= nowMs))
    return {
      card: homepageCard(event, nowMs),
      notification: tr.t("gmail.awayPickFuture"),
    };
  const result = callApi("putMyAvailability", {
    body: { awayUntil: until === null ? null : new Date(until).toISOString() },
  });
  if (!result.ok) return { card: homepageCard(event, nowMs), notification: failureText(result, tr) };
  const line = awayLine(result.body.awayUntil, nowMs, timeZone, tr);
  return {
    card: homepageCard(event, nowMs),
    notification: line === null ? tr.t("gmail.awayBack") : tr.t("gmail.awaySet", { line }),
  };
}

/** Ask GET /me (rarely) for the team's mailboxes, then read the thread against them. */
function readThread(event: Event, nowMs: number): ThreadRead | Card {
  const team = loadTeamMailboxes(nowMs);
  if ("ok" in team) return errorCard(event, team, "contextual");
  try {
    const read = readOpenThread(event, team.addresses);
    if (read.kind !== "private") return read;
    const newer = recheckTeamMailboxes(team, nowMs);
    return newer === null ? read : readOpenThread(event, newer.addresses);
  } catch (error) {
    return errorCard(
      event,
      { code: "gmail", message: readerOf(event).tr.t("gmail.gmailRefused", { reason: String(error) }) },
      "contextual",
    );
  }
}

/**
 * On message open: a thread none of the team's Baton mailboxes is on gets the "not a team thread"
 * card and no request about it. A team thread reports the messages this user's add-on has not
 * reported yet (so replies sent from Gmail stop the first-response clock) and gets the conversation
 * with its view in the same response; with nothing new, the conversation is fetched by its key.
 */
export function messageCard(event: Event, nowMs: number): Card {
  const read = readThread(event, nowMs);
  if (!("kind" in read)) return read;
  switch (read.kind) {
    case "no_message":
      return errorCard(
        event,
        { code: "gmail", message: readerOf(event).tr.t("gmail.openAMessage") },
        "contextual",
      );
    case "private":
      return buildNotTeamCard(readerOf(event).tr);
    case "unchanged": {
      const result = currentConversation(read.conversationKey);
      if (!result.ok && result.code === "not_found") {
        // The conversation was removed or merged since: forget it and report the thread afresh.
        forgetThreadMemo(read.threadId);
        return messageCard(event, nowMs);
      }
      return conversationCard(event, result);
    }
    case "report": {
      const result = callApi("observe", {
        body: {
          mailbox: read.mailbox,
          platform: "gmail",
          platformThreadId: read.threadId,
          messages: read.messages,
        },
      });
      if (result.ok) {
        // The customer's name as first reported is kept across reports (later ones may be replies).
        const customerName =
          readThreadMemo(read.threadId)?.customerName ?? customerFrom(read.messages, read.mailbox);
        writeThreadMemo(read.threadId, {
          ...read.memo,
          conversationKey: result.body.view.key,
          ...(customerName === undefined ? {} : { customerName }),
        });
      }
      return conversationCard(event, result);
    }
  }
}

type Command =
  | "claim"
  | "release"
  | "assign"
  | "status"
  | "snooze"
  | "snoozeMorning"
  | "followUp"
  | "clearFollowUp"
  | "priority"
  | "tags"
  | "notes";

type Send = () => ApiResult<ConversationResponse>;

/** A form value the card offered from a fixed list; anything else counts as not picked. */
function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

function commandRequest(
  command: Command,
  key: string,
  event: Event,
): { send: Send } | { invalid: MessageKey<"gmail"> } {
  const params = { key };
  const requestId = newRequestId();
  switch (command) {
    case "claim":
    case "release":
      return { send: () => callApi(command, { params, body: { requestId } }) };
    case "assign": {
      // A typed address (teams too large for the dropdown) wins over the dropdown's first entry.
      const assignee = formValue(event, FIELDS.assigneeEmail) ?? formValue(event, FIELDS.assignee);
      return assignee === undefined
        ? { invalid: "gmail.pickTeammate" }
        : { send: () => callApi("assign", { params, body: { assignee, requestId } }) };
    }
    case "status":
    case "snooze": {
      const status = command === "snooze" ? "snoozed" : oneOf(STATUSES, formValue(event, FIELDS.status));
      if (status === undefined) return { invalid: "gmail.pickStatus" };
      if (status !== "snoozed")
        return { send: () => callApi("setStatus", { params, body: { status, requestId } }) };
      // Snoozed needs an instant: the picker's, which Gmail reads in the reader's own zone.
      const until = dateTimeValue(event, FIELDS.snoozeUntil);
      if (until === undefined) return { invalid: "gmail.pickSnooze" };
      const snoozedUntil = new Date(until).toISOString();
      return { send: () => callApi("setStatus", { params, body: { status, snoozedUntil, requestId } }) };
    }
    case "snoozeMorning":
      // The server resolves the morning on the mailbox's business calendar, the same for every client.
      return {
        send: () => callApi("snooze", { params, body: { until: NEXT_BUSINESS_MORNING, requestId } }),
      };
    case "followUp": {
      const picked = dateTimeValue(event, FIELDS.followUpBy);
      const dueAt =
        parameter(event, "when") === "morning"
          ? NEXT_BUSINESS_MORNING
          : picked === undefined
            ? undefined
            : new Date(picked).toISOString();
      return dueAt === undefined
        ? { invalid: "gmail.pickReminder" }
        : { send: () => callApi("setFollowUp", { params, body: { dueAt, requestId } }) };
    }
    case "clearFollowUp":
      // Ends a pending reminder and the "follow-up due" mark alike.
      return { send: () => callApi("clearFollowUp", { params, query: { requestId } }) };
    case "priority": {
      const priority = oneOf(PRIORITIES, formValue(event, FIELDS.priority));
      return priority === undefined
        ? { invalid: "gmail.pickPriority" }
        : { send: () => callApi("setPriority", { params, body: { priority, requestId } }) };
    }
    case "tags": {
      const edits = parseTagEdits(formValue(event, FIELDS.tags) ?? "");
      return edits.add.length + edits.remove.length === 0
        ? { invalid: "gmail.typeTags" }
        : { send: () => callApi("setTags", { params, body: { ...edits, requestId } }) };
    }
    case "notes": {
      const body = formValue(event, FIELDS.note);
      return body === undefined
        ? { invalid: "gmail.writeNote" }
        : { send: () => callApi("createNote", { params, body: { body, requestId } }) };
    }
  }
}

const DONE: Record<Command, MessageKey<"gmail">> = {
  claim: "gmail.doneClaim",
  release: "gmail.doneRelease",
  assign: "gmail.doneAssign",
  status: "gmail.doneStatus",
  snooze: "gmail.doneSnooze",
  snoozeMorning: "gmail.doneSnoozeMorning",
  followUp: "gmail.doneFollowUp",
  clearFollowUp: "gmail.doneClearFollowUp",
  priority: "gmail.donePriority",
  tags: "gmail.doneTags",
  notes: "gmail.doneNote",
};

export function currentConversation(key: string): ApiResult<ConversationResponse> {
  return callApi("getConversation", { params: { key } });
}

/**
 * A lost claim race: who won and how long ago, on the card as it now is. The card has no member list:
 * the winner's name comes from the details, else from the fresh view when it names the same owner.
 */
function lostRace(event: Event, failure: Failure, key: string, nowMs: number): CardUpdate {
  const details = failure.details ?? {};
  const fresh = currentConversation(key);
  const nameOf = (email: string): string => {
    if (typeof details["ownerName"] === "string") return details["ownerName"];
    const view = fresh.ok ? fresh.body.view : null;
    return view !== null && view.ownerEmail === email.toLowerCase() && view.ownerName !== null
      ? view.ownerName
      : email;
  };
  return {
    card: conversationCard(event, fresh, key),
    notification: lostRaceText(details, nameOf, nowMs, readerOf(event).tr),
  };
}

export function runCommand(command: Command, event: Event, nowMs: number): CardUpdate {
  const key = parameter(event, "key");
  if (key === undefined) return { card: errorCard(event, { code: "not_found" }, "contextual") };
  const { tr } = readerOf(event);
  const request = commandRequest(command, key, event);
  if ("invalid" in request)
    return {
      card: conversationCard(event, currentConversation(key), key),
      notification: tr.t(request.invalid),
    };
  const result = request.send();
  if (result.ok) return { card: conversationCard(event, result, key), notification: tr.t(DONE[command]) };
  if (result.code === "already_claimed") return lostRace(event, result, key, nowMs);
  // A refused change (forbidden, invalid transition) leaves the conversation as it is: say why on it.
  if (
    result.status >= 400 &&
    result.status < 500 &&
    result.code !== "unauthenticated" &&
    result.code !== "not_member"
  ) {
    return {
      card: conversationCard(event, currentConversation(key), key),
      notification: failureText(result, tr),
    };
  }
  return { card: errorCard(event, result, "contextual", key), notification: failureText(result, tr) };
}

/**
 * "All notes" (pushed over the conversation card) and its Newer/Older (replacing it in place): one
 * page of every note in full, built from a fresh fetch like every other card.
 */
export function showNotes(event: Event): CardUpdate {
  const key = parameter(event, "key");
  if (key === undefined) return { card: errorCard(event, { code: "not_found" }, "contextual") };
  const push = parameter(event, "push") === "1";
  const result = currentConversation(key);
  const card = result.ok
    ? buildNotesCard(result.body.view, Number(parameter(event, "page") ?? "0"), readerOf(event).tr)
    : errorCard(event, result, "contextual", key);
  return push ? { card, push } : { card };
}

/** Refresh / Retry: rebuild the card the button sits on with a fresh fetch (cards never tick). */
export function refresh(event: Event, nowMs: number): CardUpdate {
  if (parameter(event, "card") === "homepage") return { card: homepageCard(event, nowMs) };
  if (event.gmail !== undefined && event.gmail.messageId !== "") return { card: messageCard(event, nowMs) };
  const key = parameter(event, "key");
  if (key !== undefined) return { card: conversationCard(event, currentConversation(key), key) };
  return { card: homepageCard(event, nowMs) };
}

/**
 * Open on a row that mentions me: mark my mentions there read and read the conversation in ONE
 * fetchAll, then push its card. The mention leaves "Mentions for me" once seen; a failed mark only
 * leaves it listed (the card still opens).
 */
export function openMention(event: Event): CardUpdate {
  const key = parameter(event, "key");
  if (key === undefined) return { card: errorCard(event, { code: "not_found" }, "homepage") };
  const [, conversation] = callEach([
    call("markMentionsRead", { params: { key }, body: {} }),
    call("getConversation", { params: { key } }),
  ]);
  return { card: conversationCard(event, conversation, key), push: true };
}

/** A homepage row's Open: that conversation's card, pushed over the homepage (back returns to it). */
export function openConversation(event: Event): CardUpdate {
  const key = parameter(event, "key");
  if (key === undefined) return { card: errorCard(event, { code: "not_found" }, "homepage") };
  return { card: conversationCard(event, currentConversation(key), key), push: true };
}
