/**
 * The only code that touches Office.*. Everything else in the add-in receives plain data
 * (OpenItem, ThemeName, HostInfo) or calls these functions, so components and the API client stay
 * testable without Office and the workbench can swap in its host stand-in.
 *
 * Minimum requirement set: Mailbox 1.5 (ItemChanged for the pinned pane, getCallbackTokenAsync era
 * clients). Below 1.8 the threading headers are not readable; the pane then keys the conversation by
 * the message's own Internet Message-ID and Exchange's conversationId alias (graceful degradation).
 */
import { parseThreadingHeaders } from "./headers";
import type { HostInfo, OpenItem, ThemeName } from "./types";

type OfficeApi = typeof Office;

function office(): OfficeApi {
  return (globalThis as unknown as { Office: OfficeApi }).Office;
}

function isSetSupported(name: string, version: string): boolean {
  const requirements = office().context.requirements as Office.RequirementSetSupport | undefined;
  return requirements?.isSetSupported(name, version) ?? false;
}

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
  return new Promise((resolve) => {
    item.getAllInternetHeadersAsync((result) => {
      resolve(result.status === office().AsyncResultStatus.Succeeded ? result.value : null);
    });
  });
}

function addresses(list: Office.EmailAddressDetails[] | undefined): string[] {
  return (list ?? []).map((recipient) => recipient.emailAddress.toLowerCase());
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
  const raw = host.canReadHeaders ? await readHeaders(item) : null;
  const headers = raw === null ? null : parseThreadingHeaders(raw);
  return {
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId || null,
    subject: item.subject,
    from: { email: item.from.emailAddress.toLowerCase(), name: item.from.displayName },
    sentAt: new Date(item.dateTimeCreated).getTime(),
    inReplyTo: headers?.inReplyTo ?? null,
    references: headers?.references ?? null,
    to: addresses(item.to),
    cc: addresses(item.cc),
    mailbox: mailbox.userProfile.emailAddress.toLowerCase(),
  };
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
 * Office SSO: an access token for our own API (the WebApplicationInfo resource). Rejects with the
 * Office error code when SSO is unavailable (13xxx); the caller then falls back to the dialog.
 */
export async function getSsoToken(): Promise<string> {
  const auth = (office() as Partial<OfficeApi>).auth;
  if (auth === undefined) throw new SsoUnavailableError(13012, "Office SSO is not available here.");
  try {
    return await auth.getAccessToken({
      allowSignInPrompt: true,
      allowConsentPrompt: true,
      forMSGraphAccess: false,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new SsoUnavailableError(typeof code === "number" ? code : 13000, "Office SSO failed.");
  }
}

export class SsoUnavailableError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The SSO fallback: opens the sign-in page in an Office dialog, which posts the Firebase custom token
 * back with Office.context.ui.messageParent.
 */
export function openSignInDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    office().context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status !== office().AsyncResultStatus.Succeeded) {
        reject(new Error(result.error.message));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(office().EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        if ("message" in arg) resolve(arg.message);
        else reject(new Error("The sign-in window was closed."));
      });
    });
  });
}

/** What the OnMessageSend handler needs from the message being sent (compose mode). */
export interface OutgoingMessage {
  conversationId: string | null;
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  mailbox: string;
}

function getAsyncValue<T>(
  call: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T | null> {
  return new Promise((resolve) => {
    call((result) => {
      resolve(result.status === office().AsyncResultStatus.Succeeded ? result.value : null);
    });
  });
}

export async function readOutgoingMessage(): Promise<OutgoingMessage> {
  const mailbox = office().context.mailbox;
  const item = mailbox.item as Office.MessageCompose;
  const [subject, to, cc, from] = await Promise.all([
    getAsyncValue<string>((cb) => {
      item.subject.getAsync(cb);
    }),
    getAsyncValue<Office.EmailAddressDetails[]>((cb) => {
      item.to.getAsync(cb);
    }),
    getAsyncValue<Office.EmailAddressDetails[]>((cb) => {
      item.cc.getAsync(cb);
    }),
    // item.from is Mailbox 1.7; older clients send as the signed-in user.
    (item.from as Office.From | undefined) === undefined
      ? Promise.resolve(null)
      : getAsyncValue<Office.EmailAddressDetails>((cb) => {
          item.from.getAsync(cb);
        }),
  ]);
  const me = mailbox.userProfile.emailAddress.toLowerCase();
  return {
    conversationId: item.conversationId || null,
    subject: subject ?? "",
    from: from?.emailAddress.toLowerCase() ?? me,
    to: addresses(to ?? undefined),
    cc: addresses(cc ?? undefined),
    mailbox: me,
  };
}

/** Registers the OnMessageSend handler by the name the manifest's LaunchEvent uses. */
export function associateLaunchEvent(name: string, handler: (event: Office.MailboxEvent) => void): void {
  office().actions.associate(name, handler);
}

export type SendDecision = { allow: true } | { allow: false; message: string };

/** Completes a send event; a block becomes a Smart Alert with Send Anyway (PromptUser). */
export function completeSend(event: Office.MailboxEvent, decision: SendDecision): void {
  if (decision.allow) {
    event.completed({ allowEvent: true });
    return;
  }
  event.completed({
    allowEvent: false,
    errorMessage: decision.message,
    sendModeOverride: office().MailboxEnums.SendModeOverride.PromptUser,
  });
}

/**
 * Storage shared by the task pane and the event-based runtime (OfficeRuntime.storage, where the
 * client has it); elsewhere localStorage, which the pane and the handler share on the web.
 */
export async function rememberValue(name: string, value: string): Promise<void> {
  const storage = (
    globalThis as { OfficeRuntime?: { storage?: { setItem(k: string, v: string): Promise<void> } } }
  ).OfficeRuntime?.storage;
  if (storage !== undefined) await storage.setItem(name, value);
  else if (typeof localStorage !== "undefined") localStorage.setItem(name, value);
}

export async function recallValue(name: string): Promise<string | null> {
  const storage = (
    globalThis as { OfficeRuntime?: { storage?: { getItem(k: string): Promise<string | null> } } }
  ).OfficeRuntime?.storage;
  if (storage !== undefined) return storage.getItem(name);
  return typeof localStorage === "undefined" ? null : localStorage.getItem(name);
}
