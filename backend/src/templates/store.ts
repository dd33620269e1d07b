import type { Template } from "@baton/shared";
import type { TemplateLanguage, TemplateScope } from "@baton/shared/templates";
import { csatSummary, unknownVariablesIn } from "@baton/shared/templates";
import type { DocumentData, DocumentSnapshot, Firestore } from "firebase-admin/firestore";

/**
 * orgs/{org}/templates/{id}: one document per template, the usage counter inside it.
 * orgs/{org}/templates/{id}/uses/{requestId}: one per counted insert, so a retried request counts
 * once; `expireAt` lets a Firestore TTL policy on the `uses` collection group drop them after the
 * retry window (USE_RECEIPT_MS).
 *
 * The counter is a field incremented without a transaction (FieldValue.increment in a batch with the
 * receipt's create): concurrent inserts never retry or abort one another, and 20 agents inserting the
 * same template in the same second are a burst of 20 writes to one document, well inside what
 * Firestore absorbs (its guidance is 1 sustained write per second per document; a template is not
 * inserted that often for long). A sharded counter would make every list read N documents per
 * template for a load that does not exist.
 */
export interface StoredTemplate {
  id: string;
  scope: TemplateScope;
  /** Mailbox id (not address) for mailbox templates. */
  mailbox: string | null;
  owner: string | null;
  name: string;
  shortcut: string;
  language: TemplateLanguage;
  tags: string[];
  body: string;
  useCount: number;
  lastUsedAt: number | null;
  /**
   * Survey answers credited to the template (csat/template-credit.ts) and the sum of their ratings:
   * a sum and a count rather than an average, so a changed answer is replaced exactly.
   */
  csatCount: number;
  csatSum: number;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
  updatedBy: string;
}

/**
 * How long a use's receipt is kept: a client retries a lost answer within seconds, so a day covers
 * every honest retry with room to spare while the receipts stay a bounded, self-cleaning collection.
 */
export const USE_RECEIPT_MS = 24 * 60 * 60 * 1000;

export const templatePaths = {
  all: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("templates"),
  one: (db: Firestore, org: string, id: string) => templatePaths.all(db, org).doc(id),
  use: (db: Firestore, org: string, id: string, requestId: string) =>
    templatePaths.one(db, org, id).collection("uses").doc(requestId),
};

const str = (value: unknown, fallback = ""): string => (typeof value === "string" ? value : fallback);
const num = (value: unknown, fallback = 0): number => (typeof value === "number" ? value : fallback);

/** A stored template read leniently: a hand-edited document still lists, with safe defaults. */
export function toStoredTemplate(id: string, data: DocumentData): StoredTemplate {
  const scope: TemplateScope = data.scope === "personal" ? "personal" : "mailbox";
  return {
    id,
    scope,
    mailbox: scope === "mailbox" ? str(data.mailbox) : null,
    owner: scope === "personal" ? str(data.owner) : null,
    name: str(data.name),
    shortcut: str(data.shortcut),
    language: data.language === "nl" ? "nl" : "en",
    tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === "string") : [],
    body: str(data.body),
    useCount: num(data.useCount),
    lastUsedAt: typeof data.lastUsedAt === "number" ? data.lastUsedAt : null,
    csatCount: num(data.csatCount),
    csatSum: num(data.csatSum),
    createdAt: num(data.createdAt),
    createdBy: str(data.createdBy),
    updatedAt: num(data.updatedAt),
    updatedBy: str(data.updatedBy),
  };
}

export function fromSnapshot(snapshot: DocumentSnapshot): StoredTemplate | null {
  const data = snapshot.data();
  return data === undefined ? null : toStoredTemplate(snapshot.id, data);
}

/**
 * The answer's shape: the stored fields, the body's unknown variables, the average CSAT, and whether
 * the caller may edit.
 */
export function toTemplate(stored: StoredTemplate, canEdit: boolean): Template {
  const { createdBy: _createdBy, csatCount, csatSum, ...rest } = stored;
  return {
    ...rest,
    unknownVariables: unknownVariablesIn(stored.body),
    csat: csatSummary(csatCount, csatSum),
    canEdit,
  };
}
