/**
 * A document's size as Firestore counts it against its 1 MiB (1,048,576 bytes) limit, from the
 * documented rules (firebase.google.com/docs/firestore/storage-size): a string is its UTF-8 bytes
 * + 1 (field names, ids and values alike); a number, a timestamp 8; a boolean, null 1; an array the
 * sum of its values; a map its fields (name + value) plus, counted conservatively here, the 32 bytes
 * a document adds; a document its name (each collection and document id + 16) + fields + 32.
 */
export const FIRESTORE_MAX_DOCUMENT_BYTES = 1_048_576;

export function stringSize(s: string): number {
  return Buffer.byteLength(s, "utf8") + 1;
}

export function valueSize(value: unknown): number {
  if (value === null || typeof value === "boolean") return 1;
  if (typeof value === "number" || value instanceof Date) return 8;
  if (typeof value === "string") return stringSize(value);
  if (Buffer.isBuffer(value)) return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + valueSize(v), 0);
  if (typeof value === "object" && typeof (value as { toMillis?: unknown }).toMillis === "function") return 8;
  if (typeof value === "object") return fieldsSize(value as Record<string, unknown>) + 32;
  throw new Error(`no Firestore size for a ${typeof value}`);
}

/** Fields of a document or map; undefined fields are not stored (ignoreUndefinedProperties). */
export function fieldsSize(fields: Record<string, unknown>): number {
  let sum = 0;
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) sum += stringSize(name) + valueSize(value);
  }
  return sum;
}

/** `path` is "orgs/o/conversations/c": every segment, collection and document, counts. */
export function documentSize(path: string, fields: Record<string, unknown>): number {
  const name = path.split("/").reduce((sum, segment) => sum + stringSize(segment), 16);
  return name + fieldsSize(fields) + 32;
}
