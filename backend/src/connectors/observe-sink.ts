import { isDomainError, ownMessageId, messageKey, type Actor, type ObservedMessage } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { createIdGenerator } from "../store/ids";
import { findMailbox, listMailboxes } from "../store/mailboxes";
import { listMembers } from "../store/members";
import { observeThread, type Platform } from "../store/observe";
import { paths } from "../store/paths";
import { toObservedMessage, type MailMessage } from "./mail-message";
import { failureOf, folderOf } from "./isolate";
import { isTransient } from "./provider-error";
import { emptyResult, type IngestResult, type MessageSink, type NewConversation } from "./sink";
import type { Provider } from "./state";

export interface ObserveSinkConfig {
  db: Firestore;
  org: string;
  mailboxId: string;
  provider: Provider;
  now: () => number;
}

/** The sidebars' platform names: a connector's thread aliases are the very ones the sidebars store. */
export function platformOf(provider: Provider): Platform {
  return provider === "google" ? "gmail" : "outlook";
}

/**
 * Delivers connector messages through the same `observeThread` the sidebars' POST
 * /conversations/observe uses, one platform thread at a time, as the "system" observer. Idempotency
 * is the observe path's own (one record per Message-ID, whoever reports it first); this sink only
 * reads the Message-ID index beforehand to count what was new.
 */
export function createObserveSink(config: ObserveSinkConfig): MessageSink {
  const { db, org } = config;
  return {
    async ingest(batch) {
      const result: IngestResult = emptyResult();
      const observed: Array<{ message: MailMessage; input: ObservedMessage; id: string }> = [];
      for (const message of batch) {
        const input = toObservedMessage(message);
        const id = input === null ? null : ownMessageId(input.messageId);
        if (input === null || id === null) result.skipped++;
        else observed.push({ message, input, id });
      }
      if (observed.length === 0) return result;

      const [mailbox, mailboxes, members] = await Promise.all([
        findMailbox(db, org, config.mailboxId),
        listMailboxes(db, org),
        listMembers(db, org),
      ]);
      if (mailbox === null) throw new Error(`mailbox ${config.mailboxId} of org ${org} does not exist`);
      const memberActors = new Map<string, Actor>(
        members.map((m) => [m.email, { email: m.email, role: m.role }]),
      );
      const mailboxAddresses = new Set(mailboxes.map((m) => m.address));
      // Automatic mail (our auto-acknowledgements, vacation responders, lists) is recorded like any
      // message; observe marks it automatic (conversation/auto-mail.ts), so it starts and stops no
      // clock, exactly as when a sidebar reports the same thread.
      const counted = observed;
      const known = await knownIds(
        db,
        org,
        counted.map((o) => o.id),
      );

      const setAside = (group: typeof counted, error: unknown) => {
        for (const o of group)
          result.failed.push(failureOf(o.message, folderOf(config.provider, o.message), error));
      };
      // Adds to `result` only once its thread was recorded: a throw leaves the counts untouched.
      const record = async (group: typeof counted): Promise<void> => {
        const nowMs = config.now();
        const loaded = await observeThread(db, {
          org,
          mailbox,
          platform: platformOf(config.provider),
          platformThreadId: group[0]?.message.threadId,
          messages: group.map((o) => o.input),
          // Read from the mailbox itself: the one source allowed to credit a member's reply from
          // another client to that member, and only for what it read from the Sent mail.
          source: { kind: "connector", sent: new Set(group.filter((o) => o.message.sent).map((o) => o.id)) },
          directory: { members: memberActors, mailboxAddresses },
          nowMs,
          newId: createIdGenerator(nowMs),
        });
        if (isDomainError(loaded)) {
          result.skipped += group.length;
          return;
        }
        const fresh = group.filter((o) => !known.has(o.id));
        result.recorded += fresh.length;
        result.known += group.length - fresh.length;
        // Created by this call: the projection was born now. The first message decides whether it
        // is a customer's new conversation (auto-acknowledgement candidates).
        const first = [...group].sort((a, b) => a.input.sentAt - b.input.sentAt)[0];
        // Never acknowledge our own addresses, even when they arrive in the Inbox (recorded inbound):
        // a forged From must not make Baton write to a member, nor the mailbox loop on itself.
        const inbound =
          first !== undefined &&
          !first.message.sent &&
          !mailboxAddresses.has(first.input.from) &&
          !memberActors.has(first.input.from);
        if (
          loaded.conversation.createdAt === nowMs &&
          first !== undefined &&
          inbound &&
          fresh.includes(first)
        ) {
          const item: NewConversation = { conversationKey: loaded.conversation.key, message: first.message };
          result.newConversations.push(item);
        }
      };
      for (const group of groupByThread(counted)) {
        try {
          await record(group);
        } catch (error) {
          if (isTransient(error)) throw error;
          if (group.length === 1) {
            setAside(group, error);
            continue;
          }
          // One thread's failure must not cost the others, nor its own innocent messages: they go
          // again one at a time, and only those that fail alone are set aside (dead letters).
          for (const one of group) {
            try {
              await record([one]);
            } catch (alone) {
              if (isTransient(alone)) throw alone;
              setAside([one], alone);
            }
          }
        }
      }
      return result;
    },
  };
}

/** Messages of one platform thread go to one observe call (the way a sidebar reports an open thread). */
function groupByThread<T extends { message: MailMessage; id: string }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.message.threadId === undefined ? `id:${item.id}` : `thread:${item.message.threadId}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}

async function knownIds(db: Firestore, org: string, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const snapshots = await db.getAll(...unique.map((id) => paths.message(db, org, messageKey(id))));
  return new Set(unique.filter((_, i) => snapshots[i]?.exists === true));
}
