// The walk and the writes of the one-off note-text clean-up (the CLI is strip-note-text.ts). It goes
// org by org, conversation by conversation, and queries each conversation's `events` for note events:
// a collection-group query on `events` filtered by `type` would need a COLLECTION_GROUP index on
// `events.type` that the project does not deploy, while a per-collection filter is served by
// Firestore's automatic single-field index. Every query is paged (`limit` + `startAfter`), so memory
// stays bounded whatever the size of the database.
import {
  FieldPath,
  FieldValue,
  type DocumentSnapshot,
  type Firestore,
  type Query,
  type WriteBatch,
} from "firebase-admin/firestore";
import { NOTE_TEXT_EVENT_TYPES, noteTextChange } from "./note-text-change";

/** Firestore allows 500 writes a batch; 400 leaves head-room and keeps each commit small. */
export const MAX_BATCH_WRITES = 400;

export interface StripOptions {
  /** Count only; write nothing. */
  dryRun: boolean;
  /** Only this org (all orgs when absent). */
  org?: string;
  /** Documents a page, for orgs, conversations and events alike. */
  pageSize?: number;
  /** Writes a batch, at most MAX_BATCH_WRITES. */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface StripSummary {
  orgs: number;
  conversations: number;
  /** `note_added` / `note_edited` events read. */
  noteEvents: number;
  /** Of those, the ones still holding a `body`. */
  withText: number;
  /** Of those, the ones rewritten without it (0 on a dry run). */
  stripped: number;
  /** Of the rewritten ones, those that got a `length` they lacked. */
  lengthsAdded: number;
}

/**
 * Removes `body` from every old note event (setting `length` where missing). Idempotent: a stripped
 * event no longer matches, so a re-run writes nothing. Resumable: nothing is remembered between runs,
 * so after a crash a re-run simply finds what is left. Writes use `update`, so an event deleted
 * meanwhile (retention) fails its batch instead of being recreated; run again.
 */
export async function stripNoteText(db: Firestore, options: StripOptions): Promise<StripSummary> {
  const pageSize = options.pageSize ?? 300;
  const batchSize = Math.min(options.batchSize ?? MAX_BATCH_WRITES, MAX_BATCH_WRITES);
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const summary: StripSummary = {
    orgs: 0,
    conversations: 0,
    noteEvents: 0,
    withText: 0,
    stripped: 0,
    lengthsAdded: 0,
  };
  let batch: WriteBatch | null = null;
  let pending = 0;
  let pendingLengths = 0;

  const progress = (): string =>
    `${options.dryRun ? "would strip" : "stripped"} ${options.dryRun ? summary.withText : summary.stripped} of ` +
    `${summary.withText} note events with text, ${summary.noteEvents} note events in ` +
    `${summary.conversations} conversations of ${summary.orgs} orgs scanned`;

  const flush = async (): Promise<void> => {
    if (batch === null || pending === 0) return;
    await batch.commit();
    summary.stripped += pending;
    summary.lengthsAdded += pendingLengths;
    batch = null;
    pending = 0;
    pendingLengths = 0;
    log(`strip-note-text: ${progress()}`);
  };

  const orgs =
    options.org === undefined ? pages(db.collection("orgs").select(), pageSize) : singleOrg(db, options.org);
  for await (const org of orgs) {
    summary.orgs += 1;
    const conversations = org.ref.collection("conversations");
    for await (const conversation of pages(conversations.select(), pageSize)) {
      summary.conversations += 1;
      const events = conversation.ref.collection("events").where("type", "in", [...NOTE_TEXT_EVENT_TYPES]);
      for await (const event of pages(events, pageSize)) {
        summary.noteEvents += 1;
        const change = noteTextChange(event.data() ?? {});
        if (change === null) continue;
        summary.withText += 1;
        if (options.dryRun) continue;
        batch ??= db.batch();
        batch.update(event.ref, {
          body: FieldValue.delete(),
          ...(change.length === undefined ? {} : { length: change.length }),
        });
        pending += 1;
        if (change.length !== undefined) pendingLengths += 1;
        if (pending >= batchSize) await flush();
      }
    }
    await flush();
    log(`strip-note-text: org ${org.id} done; ${progress()}`);
  }
  await flush();
  return summary;
}

/** Every document of `query`, a page at a time, in document-id order. */
async function* pages(query: Query, pageSize: number): AsyncGenerator<DocumentSnapshot> {
  let last: DocumentSnapshot | undefined;
  for (;;) {
    const page = query.orderBy(FieldPath.documentId()).limit(pageSize);
    const snapshot = await (last === undefined ? page : page.startAfter(last)).get();
    yield* snapshot.docs;
    if (snapshot.size < pageSize) return;
    last = snapshot.docs[snapshot.size - 1];
  }
}

async function* singleOrg(db: Firestore, org: string): AsyncGenerator<DocumentSnapshot> {
  // The org document need not exist for its subcollections to; the walk only needs its reference.
  yield await db.doc(`orgs/${org}`).get();
}
