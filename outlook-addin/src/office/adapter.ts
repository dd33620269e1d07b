/**
 * The read-mode pane's side of Office.*: the host, the open item, selection and theme. With
 * office-api.ts, sign-in.ts and send-event.ts beside it, the only code that touches Office.*.
 * Everything else in the add-in receives plain data (OpenItem, ThemeName, HostInfo) or calls these functions, so components and the API client stay
 * testable without Office and the workbench can swap in its host stand-in.
 *
 * Minimum requirement set: Mailbox 1.5 (ItemChanged for the pinned pane, getCallbackTokenAsync era
 * clients). Below 1.8 the threading headers are not readable; the pane then keys the conversation by
 * the message's own Internet Message-ID and Exchange's conversationId alias (graceful degradation).
 * The shared owner of an item needs Mailbox 1.8 for shared folders and 1.13 for shared mailboxes
 * (plus SupportsSharedFolders in the manifest); below that the pane matches the recipients instead.
 */
import { parseThreadingHeaders } from "./headers";
import { addresses, getAsyncValue, isSetSupported, office } from "./office-api";
import type { HostInfo, OpenItem, ThemeName } from "./types";

/** Resolves once Office.js has initialised the page (or outside Outlook, with inOutlook false). */
export async function waitForHost(): Promise<HostInfo> {
  const info = await office().onReady();
  // Outside Office, onReady resolves with host null and there is no mailbox (the types say otherwise).
  const mailbox = office().context.mailbox as Office.Mailbox | undefined;
  const inOutlook = info.host === office().HostType.Outlook && mailbox !== undefined;
  return {
    inOutlook,
    platform:
      (info.platform as Office.PlatformType | null | undefined) == null ? null : String(info.platform),
    canFollowSelection: inOutlook && isSetSupported("Mailbox", "1.5"),
    canReadHeaders: inOutlook && isSetSupported("Mailbox", "1.8"),
  };
}

function readHeaders(item: Office.MessageRead): Promise<string | null> {
  return getAsyncValue<string>((callback) => {
    item.getAllInternetHeadersAsync(callback);
  });
}

/**
 * The owner of the shared folder or mailbox holding the item, or null. Feature-checked: the call
 * exists from Mailbox 1.8 (a client may still lack it), and a Failed status is Microsoft's documented
 * answer for "the current folder or mailbox isn't shared", i.e. the item is the user's own.
 */
export async function readSharedOwner(item: Office.MessageRead): Promise<string | null> {
  const shared = item as Partial<Pick<Office.MessageRead, "getSharedPropertiesAsync">>;
  if (!isSetSupported("Mailbox", "1.8") || typeof shared.getSharedPropertiesAsync !== "function") return null;
  const properties = await getAsyncValue<Office.SharedProperties>((callback) => {
    item.getSharedPropertiesAsync(callback);
  });
  const owner = properties?.owner.trim().toLowerCase() ?? "";
  return owner === "" ? null : owner;
}

/** Reads the message open in read mode, or null when nothing (or not a message) is selected. */
export async function readOpenItem(host: HostInfo): Promise<OpenItem | null> {
  const mailbox = office().context.mailbox;
  const item = mailbox.item as Office.MessageRead | null | undefined;
  if (
    item === null ||
    item === undefined ||
    item.itemType !== (office().MailboxEnums.ItemType.Message as string)
  )
    return null;
  // Both reads are round trips to Exchange in Outlook on the web: do them at once.
  const [raw, sharedOwner] = await Promise.all([
    host.canReadHeaders ? readHeaders(item) : Promise.resolve(null),
    readSharedOwner(item),
  ]);
  const headers = raw === null ? null : parseThreadingHeaders(raw);
  return {
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId || null,
    subject: item.subject,
    from: { email: item.from.emailAddress.toLowerCase(), name: item.from.displayName },
    sentAt: new Date(item.dateTimeCreated).getTime(),
    inReplyTo: headers?.inReplyTo ?? null,
    references: headers?.references ?? null,
    // Automatic-mail markers from the same header block: no round trip more (headers.ts).
    ...(headers?.autoSubmitted == null ? {} : { autoSubmitted: headers.autoSubmitted }),
    ...(headers?.precedence == null ? {} : { precedence: headers.precedence }),
    to: addresses(item.to),
    cc: addresses(item.cc),
    sharedOwner,
    signedInAs: mailbox.userProfile.emailAddress.toLowerCase(),
    ...hasFileAttachment(item),
  };
}

/**
 * Routing rules' `hasAttachment`, from item.attachments (read mode, Mailbox 1.1: already on the item,
 * no round trip), counting files, not pictures inline in the body (as Graph's hasAttachments does).
 * The rules' other new fact, `snippet`, is not read here: body.getAsync hands over the whole body,
 * of any size, through one more async call on the item-open path (budget 300 ms p95); the Graph
 * connector sends bodyPreview for Outlook mailboxes instead.
 */
function hasFileAttachment(item: Office.MessageRead): { hasAttachment?: boolean } {
  const attachments = (item as { attachments?: unknown }).attachments;
  if (!Array.isArray(attachments)) return {};
  return { hasAttachment: (attachments as Office.AttachmentDetails[]).some((a) => !a.isInline) };
}

/** Calls `listener` whenever the user selects another message while the pane is pinned. */
export function followSelection(host: HostInfo, listener: () => void): void {
  if (!host.canFollowSelection) return;
  office().context.mailbox.addHandlerAsync(office().EventType.ItemChanged, listener);
}

/** Light or dark, from the Office theme's body background (Office has no explicit flag). */
export function readTheme(): ThemeName | null {
  const theme = office().context.officeTheme as Office.OfficeTheme | undefined;
  if (theme === undefined) return null;
  return isDark(theme.bodyBackgroundColor) ? "dark" : "light";
}

export function isDark(hexColour: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColour.trim());
  if (match === null) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => parseInt(part ?? "0", 16) / 255) as [
    number,
    number,
    number,
  ];
  // Relative luminance (sRGB, not linearised): good enough to tell a dark theme from a light one.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Opens a conversation from "My work": Outlook's own message form when the pane has seen one of its
 * items (displayMessageForm takes an item id, which only Outlook knows), else Outlook on the web's
 * search for its subject in a new window, as no Baton record holds an Outlook item id.
 */
export function openConversation(itemId: string | null, subject: string): void {
  const mailbox = office().context.mailbox;
  if (itemId !== null && typeof mailbox.displayMessageForm === "function") {
    mailbox.displayMessageForm(itemId);
    return;
  }
  const url = `https://outlook.office.com/mail/search?q=${encodeURIComponent(`subject:"${subject}"`)}`;
  window.open(url, "_blank", "noopener");
}

/** The open item's id, for reopening it later from "My work" (null outside read mode). */
export function openItemId(): string | null {
  const item = office().context.mailbox.item as { itemId?: unknown } | null | undefined;
  return typeof item?.itemId === "string" ? item.itemId : null;
}
