/**
 * An id for a reply that has no Message-ID yet (compose mode). Math.random and Date are ECMAScript
 * built-ins, present in every runtime Outlook runs the handler in; crypto.randomUUID is not documented
 * for classic Outlook's JavaScript-only runtime. The id needs uniqueness within one conversation, not
 * secrecy: 16 base-36 random characters (~82 bits) after the millisecond make a clash negligible.
 */
export function newSendId(nowMs: number, random: () => number = Math.random): string {
  let suffix = "";
  for (let index = 0; index < 16; index += 1) suffix += Math.floor(random() * 36).toString(36);
  return `${nowMs.toString(36)}-${suffix}`;
}
