/**
 * The CSV export: the facts documents of conversations active in the range (first activity on or
 * before `to`, last activity on or after `from`, local days of the mailbox's zone). O(conversations
 * in the range) by nature, so it is read in pages and answered in pages (issue 12): the Firestore
 * query is bounded at both ends (lastAt from the range's first instant, firstAt up to its last,
 * widened by the zones' offsets), reads EXPORT_PAGE_SIZE documents at a time, and one answer holds
 * at most MAX_EXPORT_ROWS rows; when more remain it names a cursor to continue from
 * (EXPORT_NEXT_HEADER), and the dashboard fetches until there is none.
 *
 * Two range filters on two fields need a composite index (metricFacts: lastAt, firstAt, and with
 * mailboxId first for one mailbox; firestore.indexes.json).
 */
import { factsWithin, localSlotOf, toCsv, type ConversationFacts, type ExportRow } from "@baton/shared";
export { EXPORT_NEXT_HEADER } from "@baton/shared";
import { FieldPath, type Firestore, type Query, type QueryDocumentSnapshot } from "firebase-admin/firestore";
import { fail } from "../http/errors";
import { metricPaths } from "./paths";
import { METRICS_LIMITS } from "@baton/shared/limits";
import { decodeEncodedWords } from "../store/encoded-words";

/** Zones are at most 14 h ahead of UTC: a local day never starts earlier than this before UTC's. */
const MAX_ZONE_AHEAD_MS = 14 * 3_600_000;
/** ...and at most 12 h behind: a local day never ends later than this after UTC's. */
const MAX_ZONE_BEHIND_MS = 12 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Facts documents per Firestore read: a page is a few hundred KB (the facts without their fold),
 * so a page costs one bounded round trip and bounded memory whatever the org's size.
 */
export const EXPORT_PAGE_SIZE = METRICS_LIMITS.exportPageSize.value;

/**
 * Rows (and facts documents read) per answer: ~0.3 KB a row keeps an answer near 1.5 MB and a few
 * seconds, far inside a function's 32 MB response and 60 s; past it the answer names a cursor.
 */
export const MAX_EXPORT_ROWS = METRICS_LIMITS.exportRowsPerAnswer.value;

export interface ExportRange {
  from: string;
  to: string;
  mailbox?: string | undefined;
  /** Where the previous page stopped (the EXPORT_NEXT_HEADER it answered). */
  cursor?: string | undefined;
}

export interface ExportPage {
  rows: ExportPageRow[];
  /** The cursor of the next page, or null when this is the last. */
  next: string | null;
  documentsRead: number;
}

/** A page position: the order of the query (lastAt, firstAt, document id) of the last document read. */
type Position = [lastAt: number, firstAt: number, id: string];

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === "number" &&
      typeof value[1] === "number" &&
      typeof value[2] === "string"
    ) {
      return [value[0], value[1], value[2]];
    }
  } catch {
    // Not base64 JSON: refused below like any other unknown cursor.
  }
  return fail("invalid_request", "errors.exportCursor");
}

function pageQuery(db: Firestore, org: string, range: ExportRange): Query {
  const earliest = Date.parse(`${range.from}T00:00:00Z`) - MAX_ZONE_AHEAD_MS;
  const latest = Date.parse(`${range.to}T00:00:00Z`) + DAY_MS + MAX_ZONE_BEHIND_MS;
  let query: Query = metricPaths.facts(db, org);
  if (range.mailbox !== undefined) query = query.where("mailboxId", "==", range.mailbox);
  return (
    query
      .where("lastAt", ">=", earliest)
      .where("firstAt", "<", latest)
      .orderBy("lastAt")
      .orderBy("firstAt")
      .orderBy(FieldPath.documentId())
      // The fold (the largest field) is for appends, not the export.
      .select("mailboxId", "subject", "timeZone", "facts", "firstAt", "lastAt")
      .limit(EXPORT_PAGE_SIZE)
  );
}

/** One answer's rows, in order of first activity, and where the next answer starts. */
export async function exportPage(db: Firestore, org: string, range: ExportRange): Promise<ExportPage> {
  const query = pageQuery(db, org, range);
  let position = range.cursor === undefined ? null : decodeCursor(range.cursor);
  const rows: ExportPageRow[] = [];
  let documentsRead = 0;
  for (;;) {
    const page = await (position === null ? query : query.startAfter(...position)).get();
    for (const doc of page.docs) {
      documentsRead += 1;
      position = [Number(doc.get("lastAt")), Number(doc.get("firstAt")), doc.id];
      const row = rowOf(doc, range);
      if (row !== null) rows.push(row);
      if (documentsRead === MAX_EXPORT_ROWS) {
        return { rows: inFirstOrder(rows), next: encodeCursor(position), documentsRead };
      }
    }
    if (page.size < EXPORT_PAGE_SIZE) return { rows: inFirstOrder(rows), next: null, documentsRead };
  }
}

/** A row with the instant it is ordered by. */
export type ExportPageRow = ExportRow & { firstAt: number };

function rowOf(doc: QueryDocumentSnapshot, range: ExportRange): ExportPageRow | null {
  const data = doc.data();
  const facts = data.facts as ConversationFacts | undefined;
  const zone = typeof data.timeZone === "string" ? data.timeZone : "UTC";
  if (facts?.firstAt == null || facts.lastAt == null) return null;
  // The query's bounds are widened by the zones' offsets: the exact test is in the mailbox's zone.
  if (localSlotOf(zone, facts.lastAt).day < range.from) return null;
  if (localSlotOf(zone, facts.firstAt).day > range.to) return null;
  return {
    key: doc.id,
    mailboxId: typeof data.mailboxId === "string" ? data.mailboxId : "",
    subject: typeof data.subject === "string" ? decodeEncodedWords(data.subject) : "",
    // What happened in the range only, dated as the rollups date it: the columns add up to the cards.
    facts: factsWithin(facts, zone, range),
    firstAt: facts.firstAt,
  };
}

function inFirstOrder<T extends { firstAt: number; key: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.firstAt - b.firstAt || (a.key < b.key ? -1 : 1));
}

/** Every row of the range in order of first activity, page after page (scripts and tests). */
export async function exportRows(db: Firestore, org: string, range: ExportRange): Promise<ExportRow[]> {
  const rows: ExportPageRow[] = [];
  let cursor = range.cursor;
  for (;;) {
    const page = await exportPage(db, org, { ...range, cursor });
    rows.push(...page.rows);
    if (page.next === null) return inFirstOrder(rows);
    cursor = page.next;
  }
}

/** One page as CSV (with its header line) and the cursor of the next. */
export async function exportCsv(
  db: Firestore,
  org: string,
  range: ExportRange,
): Promise<{ text: string; next: string | null }> {
  const page = await exportPage(db, org, range);
  return { text: toCsv(page.rows), next: page.next };
}
