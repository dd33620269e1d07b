/**
 * The reference a customer can quote ("C-7K2Q9XAB"): the first 8 characters of the conversation
 * key's hash, upper-cased. Stable for the conversation's life and derived, so nothing is stored; 8
 * base32 characters (40 bits) make a collision within one org's mail negligible for a reference a
 * person reads out, and the dashboard can find it by key prefix.
 */
export function conversationRef(key: string): string {
  return `C-${key.replace(/^c_/, "").slice(0, 8).toUpperCase()}`;
}
