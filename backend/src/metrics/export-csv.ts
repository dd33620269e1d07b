/**
 * The CSV export: the facts documents of conversations active in the range (first activity on or
 * before `to`, last activity on or after `from`, local days of the mailbox's zone). O(conversations
 * in the range) by nature: it lists them.
 */
import { localSlotOf, toCsv, type ConversationFacts, type ExportRow } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { metricPaths } from "./paths";

/** Zones are at most 14 h ahead of UTC: a local day never starts earlier than this. */
const MAX_ZONE_AHEAD_MS = 14 * 3_600_000;

export interface ExportRange {
  from: string;
  to: string;
  mailbox?: string | undefined;
}

export async function exportRows(db: Firestore, org: string, range: ExportRange): Promise<ExportRow[]> {
  const earliest = Date.parse(`${range.from}T00:00:00Z`) - MAX_ZONE_AHEAD_MS;
  const snapshot = await metricPaths.facts(db, org).where("lastAt", ">=", earliest).get();
  const rows: Array<ExportRow & { firstAt: number }> = [];
  for (const doc of snapshot.docs) {
    const data = doc.data();
    const facts = data.facts as ConversationFacts | undefined;
    const zone = typeof data.timeZone === "string" ? data.timeZone : "UTC";
    const mailboxId = typeof data.mailboxId === "string" ? data.mailboxId : "";
    if (facts?.firstAt == null || facts.lastAt == null) continue;
    if (range.mailbox !== undefined && mailboxId !== range.mailbox) continue;
    if (localSlotOf(zone, facts.lastAt).day < range.from) continue;
    if (localSlotOf(zone, facts.firstAt).day > range.to) continue;
    rows.push({
      key: doc.id,
      mailboxId,
      subject: typeof data.subject === "string" ? data.subject : "",
      facts,
      firstAt: facts.firstAt,
    });
  }
  return rows.sort((a, b) => a.firstAt - b.firstAt || (a.key < b.key ? -1 : 1));
}

export async function exportCsv(db: Firestore, org: string, range: ExportRange): Promise<string> {
  return toCsv(await exportRows(db, org, range));
}
