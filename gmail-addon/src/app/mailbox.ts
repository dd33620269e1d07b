import { bareAddress } from "./addresses";

/**
 * Which shared mailbox an open thread belongs to: an address on the thread that Baton already named
 * as a mailbox in an earlier answer, else the first recipient of the thread's first message (a
 * customer writes to support@), else its sender (a thread the team started from support@).
 */
export function chooseMailbox(
  messages: Array<{ from: string; to?: string[] | undefined }>,
  threadAddresses: string[],
  known: string[],
): string | null {
  const onThread = new Set(threadAddresses.map(bareAddress));
  const match = known.find((address) => onThread.has(address));
  if (match !== undefined) return match;
  const first = messages[0];
  if (first === undefined) return null;
  const to = first.to?.[0];
  return bareAddress(to ?? first.from);
}
