/**
 * Rollups as Firestore documents: the increments a delta writes, and the rollup a stored document
 * holds. Increments are nested maps of FieldValue.increment under set(..., {merge: true}), so
 * concurrent transactions on other conversations add to the same day's document without conflict
 * on anything but that document, and no read is needed.
 */
import {
  HISTOGRAM_NAMES,
  COUNT_NAMES,
  type KeyedRollup,
  type Rollup,
  type RollupKey,
  type CountName,
  type HistogramName,
} from "@baton/shared";
import { FieldValue, type DocumentData } from "firebase-admin/firestore";

function increments(counts: Readonly<Record<string, number | undefined>>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, n] of Object.entries(counts))
    if (n !== undefined && n !== 0) out[name] = FieldValue.increment(n);
  return out;
}

/**
 * The merge-set body that adds `rollup` to the document of `key`. Empty maps are left out: under
 * merge an empty map is a value, and would wipe what the field held.
 */
export function incrementDoc(key: RollupKey, rollup: Rollup): DocumentData {
  const body: DocumentData = { day: key.day, mailboxId: key.mailboxId, agent: key.agent };
  const hists: Record<string, Record<string, FieldValue>> = {};
  for (const [name, hist] of Object.entries(rollup.hists)) {
    const fields = increments(hist);
    if (Object.keys(fields).length > 0) hists[name] = fields;
  }
  const counts = increments(rollup.counts);
  const hourOfWeek = increments(rollup.hourOfWeek);
  if (Object.keys(counts).length > 0) body.counts = counts;
  if (Object.keys(hists).length > 0) body.hists = hists;
  if (Object.keys(hourOfWeek).length > 0) body.hourOfWeek = hourOfWeek;
  return body;
}

/** The plain document a backfill writes (no increments: it replaces). */
export function plainDoc(key: RollupKey, rollup: Rollup): DocumentData {
  return { ...key, counts: rollup.counts, hists: rollup.hists, hourOfWeek: rollup.hourOfWeek };
}

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [name, n] of Object.entries(value as Record<string, unknown>)) {
    if (typeof n === "number" && Number.isFinite(n) && n !== 0) out[name] = n;
  }
  return out;
}

/** A stored document read leniently: unknown names and non-numbers are ignored, not fatal. */
export function toKeyedRollup(data: DocumentData): KeyedRollup | null {
  const { day, mailboxId, agent } = data as Record<string, unknown>;
  if (typeof day !== "string" || typeof mailboxId !== "string" || typeof agent !== "string") return null;
  const counts: Partial<Record<CountName, number>> = {};
  for (const [name, n] of Object.entries(numbers(data.counts))) {
    if ((COUNT_NAMES as readonly string[]).includes(name)) counts[name as CountName] = n;
  }
  const hists: Partial<Record<HistogramName, Record<string, number>>> = {};
  const storedHists = (typeof data.hists === "object" && data.hists !== null ? data.hists : {}) as Record<
    string,
    unknown
  >;
  for (const name of HISTOGRAM_NAMES) {
    const hist = numbers(storedHists[name]);
    if (Object.keys(hist).length > 0) hists[name] = hist;
  }
  return { key: { day, mailboxId, agent }, rollup: { counts, hists, hourOfWeek: numbers(data.hourOfWeek) } };
}
