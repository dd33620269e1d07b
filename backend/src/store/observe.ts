import {
  applyEvent,
  automaticReason,
  can,
  candidateThreadIds,
  chooseMessageTime,
  conversationKey,
  decide,
  domainError,
  emptyConversation,
  hashId,
  messageKey,
  ownMessageId,
  type ConversationEvent,
  type DomainError,
  type ErrorKey,
  type ObservedMessage,
} from "@baton/shared";
import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import {
  loadForAppendInTx,
  MAX_TRANSACTION_ATTEMPTS,
  type AppendBase,
  type ConversationState,
} from "./conversations";
import type { Mailbox } from "./mailboxes";
import { appendEvents } from "../handlers/append";
import { withAlias } from "./aliases";
import { attributeMessage, type Directory, type ObserveSource } from "./attribution";
import { knownAutoAcksInTx } from "./auto-acks";
import { decodeEncodedWords } from "./encoded-words";
import { paths } from "./paths";
import { routeNewArrival, type Routed } from "../routing/route";
import { inRoutingTurn, routingTurnOf } from "../routing/turns";

export type Platform = "gmail" | "outlook";

export interface ObserveInput {
  org: string;
  mailbox: Mailbox;
  platform: Platform;
  platformThreadId: string | undefined;
  messages: readonly ObservedMessage[];
  /** Who reports the thread: decides whether anything is written and whose replies it may record. */
  source: ObserveSource;
  /** Members by email and the org's mailbox addresses: what makes a message outbound. */
  directory: Directory;
  nowMs: number;
  newId: () => string;
}

/** Known-Message-ID lookups per observe; a thread's own ids come first, then their references. */
const MAX_LOOKUPS = 400;

/** Alias document id of a platform thread id; hashed because Exchange ids may contain "/". */
export function aliasId(platform: Platform, threadId: string): string {
  return hashId(`${platform}_`, threadId);
}

interface Lookups {
  ids: string[];
  /** Normalised own id of each message, in message order (null when it has none). */
  own: Array<string | null>;
}

function lookupsFor(messages: readonly ObservedMessage[]): Lookups {
  const own = messages.map((m) => ownMessageId(m.messageId));
  const ids = new Set<string>(own.filter((id): id is string => id !== null));
  for (const message of messages) {
    for (const id of candidateThreadIds(message)) {
      if (ids.size >= MAX_LOOKUPS) break;
      ids.add(id);
    }
  }
  return { ids: [...ids], own };
}

function conversationKeyOf(snapshot: DocumentSnapshot | undefined): string | null {
  const key: unknown = snapshot?.get("conversationKey");
  return typeof key === "string" && key !== "" ? key : null;
}

/** A message as recorded: its `sentAt` the instant the product uses, and whether it is history. */
type TimedMessage = ObservedMessage & { history: boolean };

/**
 * The messages in their own order, each carrying the instant the product uses (chooseMessageTime:
 * the receipt unless the Date header is plausibly close, never after now) as its `sentAt`, and
 * `history` when that is before the mailbox joined Baton: recorded, not timed (no SLA clock, no
 * metric); subjects decoded from RFC 2047 encoded words. This is the one place a reported date becomes an event's time, for the sidebars and the
 * connectors alike, so no client can date a message 0100-01-01 and make a clock span centuries.
 */
function timed(
  messages: readonly ObservedMessage[],
  mailboxStartAt: number | undefined,
  nowMs: number,
): TimedMessage[] {
  return messages
    .map((message) => ({
      message,
      time: chooseMessageTime({
        claimedAt: message.sentAt,
        receivedAt: message.receivedAt,
        mailboxStartAt,
        nowMs,
      }),
    }))
    .sort((a, b) => a.time.ownAt - b.time.ownAt)
    .map(({ message, time }) => ({
      ...message,
      // Where subjects enter: a raw header's encoded words (RFC 2047) are stored as the text they are.
      subject: decodeEncodedWords(message.subject),
      sentAt: time.at,
      history: time.history,
    }));
}

/** What a caller without `record` gets for a thread Baton has never recorded: nothing to render. */
export const NOT_YET_RECORDED = "errors.notYetRecorded" satisfies ErrorKey;

/** Whether this source may write: connectors always, a sidebar only for a caller with `record`. */
function mayRecord(source: ObserveSource): boolean {
  return source.kind === "connector" || can(source.caller.role, "record");
}

/**
 * Resolves the thread a sidebar reports to one conversation and records the messages Baton has not
 * seen, in one transaction: the platform alias first, then any known Message-ID the messages name
 * (best candidate first, so a reply with truncated References still joins its thread), else the
 * conversation key of the oldest message. Two sidebars reporting the same new thread at once both
 * read "unknown", both try to write, and Firestore retries the loser, which then finds it known:
 * one conversation, each message once. Each message's direction and author come from
 * `attributeMessage` (a sidebar speaks only for its caller). A caller without `record` (a viewer)
 * only resolves: nothing is written, and a thread nobody has recorded is `not_found`.
 */
export async function observeThread(
  db: Firestore,
  input: ObserveInput,
): Promise<ConversationState | DomainError> {
  const messages = timed(input.messages, input.mailbox.createdAt, input.nowMs);
  const lookups = lookupsFor(messages);
  const fallbackKey = messages.map((m) => conversationKey(m)).find((key) => key !== null) ?? null;
  if (fallbackKey === null) return domainError("invalid_request", "errors.observeNoMessageId");
  const alias = input.platformThreadId === undefined ? null : aliasId(input.platform, input.platformThreadId);
  const recording = mayRecord(input.source);

  // Arrivals in a mailbox that assigns queue per instance (routing/turns.ts): they share its cursor.
  const turn = recording ? await routingTurnOf(db, input.org, input.mailbox.id) : null;
  return inRoutingTurn(turn, () => observeInTx(db, input, messages, lookups, fallbackKey, alias, recording));
}

function observeInTx(
  db: Firestore,
  input: ObserveInput,
  messages: TimedMessage[],
  lookups: Lookups,
  fallbackKey: string,
  alias: string | null,
  recording: boolean,
): Promise<ConversationState | DomainError> {
  return db.runTransaction(
    async (tx) => {
      const messageRefs = lookups.ids.map((id) => paths.message(db, input.org, messageKey(id)));
      const aliasRef = alias === null ? null : paths.alias(db, input.org, alias);
      const refs = aliasRef === null ? messageRefs : [aliasRef, ...messageRefs];
      const snapshots = refs.length === 0 ? [] : await tx.getAll(...refs);
      const aliasSnapshot = aliasRef === null ? undefined : snapshots[0];
      const messageSnapshots = new Map(
        lookups.ids.map((id, i) => [id, snapshots[i + (aliasRef === null ? 0 : 1)]] as const),
      );

      const key =
        conversationKeyOf(aliasSnapshot) ??
        lookups.ids.map((id) => conversationKeyOf(messageSnapshots.get(id))).find((k) => k !== null) ??
        fallbackKey;

      const existing = await loadForAppendInTx(tx, db, input.org, key);
      if (!recording) return existing ?? domainError("not_found", NOT_YET_RECORDED);
      const ownAcks = await knownAutoAcksInTx(
        tx,
        db,
        input.org,
        ackCandidates(messages, lookups, messageSnapshots, input.directory),
      );
      const base: AppendBase = existing ?? {
        conversation: emptyConversation(key, input.mailbox.address, "", input.nowMs),
        eventCount: 0,
        log: () => Promise.resolve([]),
        mailbox: input.mailbox,
        aliases: [],
      };

      let state = base.conversation;
      const newEvents: ConversationEvent[] = [];
      const recorded: string[] = [];
      // The first new customer message (not history): what routing runs on (issue 16).
      let arrival: TimedMessage | undefined;
      for (const [index, message] of messages.entries()) {
        const id = lookups.own[index];
        if (id === null || id === undefined || conversationKeyOf(messageSnapshots.get(id)) !== null) continue;
        if (recorded.includes(id)) continue;
        const attribution = attributeMessage({ from: message.from, id }, input.source, input.directory);
        if (!attribution.record) continue;
        // Automatic mail (auto-mail.ts) is recorded but starts, stops and wakes nothing.
        const automatic = automaticReason({ ...message, knownAutoAckIds: ownAcks }) !== null;
        const decision = decide(
          existing === null && newEvents.length === 0 ? null : state,
          {
            type: "record_message",
            requestId: `msg:${messageKey(id)}`,
            messageId: id,
            direction: attribution.direction,
            from: message.from,
            subject: message.subject,
            sentAt: message.sentAt,
            history: message.history,
            automatic,
          },
          attribution.actor,
          input.nowMs,
          input.newId,
        );
        if (!("events" in decision)) return decision;
        for (const event of decision.events) {
          newEvents.push(event);
          state = applyEvent(state, event);
          // Automatic mail (a list, an out-of-office answer) is no customer arriving: nothing to route.
          if (event.type === "message_received" && event.history !== true && event.automatic !== true)
            arrival ??= message;
        }
        recorded.push(id);
      }

      // Every message was left out (another member's reply, reported by a sidebar): there is nothing
      // to create a conversation from, so the caller sees the thread as not yet recorded.
      if (existing === null && newEvents.length === 0) return domainError("not_found", NOT_YET_RECORDED);

      // The alias document is what resolves the thread; the document's list keeps only the newest
      // (aliases.ts), so an id that fell off it is still known here and rewrites nothing.
      const aliasKnownHere = alias === null || conversationKeyOf(aliasSnapshot) === key;
      if (existing !== null && newEvents.length === 0 && aliasKnownHere) return existing;

      // Routing in this transaction (reads only until routed.write): a retry routes afresh, once.
      let routed: Routed | null = null;
      if (arrival !== undefined) {
        routed = await routeNewArrival(tx, db, {
          org: input.org,
          mailbox: base.mailbox,
          conversation: state,
          trigger: existing === null ? "new_conversation" : "customer_message",
          message: {
            ...arrival,
            isReply: arrival.inReplyTo !== undefined || arrival.references !== undefined,
          },
          nowMs: input.nowMs,
          newId: input.newId,
        });
        newEvents.push(...routed.events);
      }
      const listed: AppendBase = {
        ...base,
        mailbox: routed?.mailbox ?? base.mailbox,
        aliases:
          alias === null || base.aliases.includes(alias) ? base.aliases : withAlias(base.aliases, alias),
      };
      const written = await appendEvents(tx, db, input.org, listed, newEvents, input.nowMs);
      routed?.write(tx);
      for (const id of recorded) {
        tx.set(paths.message(db, input.org, messageKey(id)), { conversationKey: key, at: input.nowMs });
      }
      if (aliasRef !== null && conversationKeyOf(aliasSnapshot) === null) {
        tx.set(aliasRef, { conversationKey: key, platform: input.platform, at: input.nowMs });
      }
      return written;
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}

/**
 * New messages that could be one of Baton's own acknowledgements: from a mailbox address, not yet
 * recorded and not already marked automatic by their headers. Only these cost a read of the
 * acknowledgement index, so an observe of a customer's thread reads nothing more.
 */
function ackCandidates(
  messages: readonly TimedMessage[],
  lookups: Lookups,
  known: ReadonlyMap<string, DocumentSnapshot | undefined>,
  directory: Directory,
): string[] {
  const ids = new Set<string>();
  for (const [index, message] of messages.entries()) {
    const id = lookups.own[index];
    if (id === null || id === undefined || conversationKeyOf(known.get(id)) !== null) continue;
    if (!directory.mailboxAddresses.has(message.from)) continue;
    if (automaticReason({ ...message, knownAutoAckIds: [] }) !== null) continue;
    ids.add(id);
  }
  return [...ids];
}
