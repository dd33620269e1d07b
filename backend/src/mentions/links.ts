/**
 * The link a mention notice carries, to open the thread where the member works. Gmail: a search by
 * the thread's latest Message-ID (rfc822msgid:) opens that thread in any Gmail account that has it;
 * Baton stores Gmail thread ids only hashed (aliases), so the Message-ID is what it can link by.
 * Outlook on the web can only deep-link by an item id, which notes do not carry: those conversations,
 * and any other, open in the dashboard's queue.
 */
export function threadLink(
  conversation: { key: string; messageIds?: string[] | undefined },
  aliases: readonly string[],
  hostingOrigin: string,
): { url: string; opensIn: "gmail" | "dashboard" } {
  const latest = conversation.messageIds?.at(-1);
  if (aliases.some((a) => a.startsWith("gmail_")) && latest !== undefined) {
    const id = latest.replace(/^<|>$/g, "");
    return {
      url: `https://mail.google.com/mail/u/0/#search/rfc822msgid%3A${encodeURIComponent(id)}`,
      opensIn: "gmail",
    };
  }
  return { url: dashboardLink(conversation.key, hostingOrigin), opensIn: "dashboard" };
}

/** The dashboard's queue (tab-route.ts opens #/queue; the conversation is named for the reader). */
export function dashboardLink(key: string, hostingOrigin: string): string {
  return `${hostingOrigin.replace(/\/$/, "")}/dashboard/#/queue?conversation=${encodeURIComponent(key)}`;
}
