import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * Ids for events and notes: time (base36 ms), a per-process counter and randomness. Ids made by one
 * request sort in the order they were made (the events of one command keep their order), ids from
 * concurrent instances never collide, and every character fits Firestore ids and the API's id schema.
 */
export function createIdGenerator(nowMs: number): () => string {
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, "0");
  return () => {
    counter = (counter + 1) % 36 ** 4;
    const random = randomBytes(6).toString("base64url").replace(/[-_]/g, "0");
    return `${time}${counter.toString(36).padStart(4, "0")}${random}`;
  };
}
