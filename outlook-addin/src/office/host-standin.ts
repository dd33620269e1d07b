/**
 * A thin stand-in for the Outlook host, used only by the workbench and tests (never shipped to
 * Outlook). It implements the part of the documented Office.js surface the adapter uses, with the
 * documented shapes and enum values: Office.onReady, Office.context.mailbox.item (read mode, with
 * getSharedPropertiesAsync), mailbox.userProfile, mailbox.addHandlerAsync(Office.EventType.ItemChanged),
 * requirements, officeTheme, and an Office.auth that reports SSO as unavailable (the workbench signs
 * in with the emulator instead). Office.context.ui: displayDialogAsync opens the dialog as a popup
 * (as Outlook on the web does); messageParent, called in that popup, reaches DialogMessageReceived.
 *
 * As in a real tenant, the user is the agent (ana@) and the items live in the shared mailbox
 * (support@) they have Full Access to: userProfile is always the agent, never the shared mailbox.
 */

import {
  composeBodyOf,
  composeItem,
  standinOfficeRuntime,
  standinRoamingSettings,
  standinSendEvents,
  type StandinComposeBody,
  type StandinSendOptions,
} from "./host-standin-send";

/** A demo thread's message as the workbench selects it. */
export interface StandinItem {
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: { emailAddress: string; displayName: string };
  to?: { emailAddress: string; displayName: string }[];
  cc?: { emailAddress: string; displayName: string }[];
  /** ISO date-time or epoch ms. */
  dateTimeCreated: string | number;
  /** The raw RFC 5322 header block getAllInternetHeadersAsync returns. */
  internetHeaders: string;
  /** The mailbox the item lives in (a shared mailbox such as support@); absent: the user's own. */
  owner?: string;
  /** Its attachments (item.attachments); an inline one is a picture in the body. Absent: none. */
  attachments?: { name: string; isInline: boolean }[];
}

export interface StandinOptions {
  item: StandinItem | null;
  /** The signed-in user (userProfile): the agent's own mailbox. */
  user: { emailAddress: string; displayName: string };
  theme: "light" | "dark";
  /** Office.context.displayLanguage: the user's Office language tag (default "en-US"). */
  displayLanguage?: string;
  /** The highest Mailbox requirement set the simulated client supports (default "1.14": officeTheme and its change event). */
  mailboxVersion?: string;
  /**
   * "unavailable" simulates a client whose item has no getSharedPropertiesAsync at all (older
   * builds, or a host that has not shipped it), so the pane must fall back to the recipients.
   */
  sharedProperties?: "available" | "unavailable";
  /** The send side: a reply being composed, roaming settings, OfficeRuntime (host-standin-send.ts). */
  send?: StandinSendOptions;
}

type Callback<T> = (result: {
  status: "succeeded" | "failed";
  value: T | undefined;
  error?: { name: string; message: string; code: number };
}) => void;

/** The postMessage type a dialog's messageParent sends to the window that opened it. */
const DIALOG_MESSAGE = "baton-standin:dialog-message";
const DialogMessageReceived = "dialogMessageReceived";
const DialogEventReceived = "dialogEventReceived";

// The browser window, typed here: this file also compiles in the tests' project, which has no DOM lib.
interface PostedMessage {
  source: unknown;
  origin: string;
  data: unknown;
}
interface BrowserWindow {
  location: { href: string; origin: string };
  screen: { availHeight: number; availWidth: number };
  opener: { postMessage(message: unknown, targetOrigin: string): void } | null;
  open(url: string, target: string, features: string): { closed: boolean; close(): void } | null;
  addEventListener(type: "message", listener: (event: PostedMessage) => void): void;
  removeEventListener(type: "message", listener: (event: PostedMessage) => void): void;
}
const browser = () => globalThis as unknown as BrowserWindow;

/**
 * Office.context.ui for the workbench. The dialog is a popup window of the pane's origin; the
 * workbench opens its own copy of the page (workbench-<page>.html, which loads this stand-in instead
 * of office.js), as workbench-pane.html stands for taskpane.html.
 */
function standinUi() {
  return {
    displayDialogAsync(
      url: string,
      options: { height?: number; width?: number },
      callback: Callback<unknown>,
    ) {
      const { location, screen } = browser();
      const target = new URL(url, location.href);
      target.pathname = target.pathname.replace(/\/([\w-]+\.html)$/, "/workbench-$1");
      const height = Math.round((screen.availHeight * (options.height ?? 60)) / 100);
      const width = Math.round((screen.availWidth * (options.width ?? 30)) / 100);
      const popup = browser().open(target.href, "_blank", `popup,width=${width},height=${height}`);
      if (popup === null) {
        // 12009: the dialog was blocked or ignored.
        const error = { name: "Dialog blocked", message: "The dialog was blocked.", code: 12009 };
        callback({ status: "failed", value: undefined, error });
        return;
      }
      const handlers: Record<string, ((arg: unknown) => void)[]> = {};
      const fire = (type: string, arg: unknown) => {
        for (const handler of handlers[type] ?? []) handler(arg);
      };
      const onMessage = (event: PostedMessage) => {
        const data = event.data as { type?: unknown; message?: unknown } | null;
        if (event.source !== popup || data?.type !== DIALOG_MESSAGE) return;
        fire(DialogMessageReceived, { message: String(data.message), origin: event.origin });
      };
      const stop = () => {
        clearInterval(watch);
        browser().removeEventListener("message", onMessage);
      };
      browser().addEventListener("message", onMessage);
      // 12006: the user closed the dialog, which Office reports through DialogEventReceived.
      const watch = setInterval(() => {
        if (!popup.closed) return;
        stop();
        fire(DialogEventReceived, { error: 12006 });
      }, 250);
      const dialog = {
        addEventHandler(type: string, handler: (arg: unknown) => void) {
          (handlers[type] ??= []).push(handler);
        },
        close() {
          stop();
          popup.close();
        },
      };
      setTimeout(() => {
        callback({ status: "succeeded", value: dialog });
      }, 0);
    },
    messageParent(message: string) {
      const { opener, location } = browser();
      if (opener === null) throw new Error("messageParent is only available in a dialog.");
      opener.postMessage({ type: DIALOG_MESSAGE, message }, location.origin);
    },
  };
}

/** Office's callback-last overloads: (callback) or (options, callback). */
function callbackOf<T>(optionsOrCallback: unknown, maybeCallback?: Callback<T>): Callback<T> {
  return (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as Callback<T>;
}

// MailboxEnums.DelegatePermissions bits: Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16,
// EditAll 32. Full Access on a shared mailbox grants all of them.
const FULL_ACCESS = 1 | 2 | 4 | 8 | 16 | 32;

const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

function versionAtLeast(have: string, want: string): boolean {
  const [haveMajor = 0, haveMinor = 0] = have.split(".").map(Number);
  const [wantMajor = 0, wantMinor = 0] = want.split(".").map(Number);
  return haveMajor !== wantMajor ? haveMajor > wantMajor : haveMinor >= wantMinor;
}

interface ItemContext {
  user: string;
  mailboxVersion: string;
  sharedProperties: "available" | "unavailable";
}

/**
 * Microsoft's documented behaviour: Succeeded with the owner for an item in a shared mailbox (from
 * Mailbox 1.13; a 1.8-1.12 client knows only shared folders), Failed for the user's own item. The
 * docs promise only the Failed status there; the error's name, code and text are the stand-in's.
 */
function sharedPropertiesOf(item: StandinItem, context: ItemContext) {
  return (optionsOrCallback: unknown, maybeCallback?: Callback<Record<string, unknown>>): void => {
    const callback = callbackOf(optionsOrCallback, maybeCallback);
    const owner = item.owner?.toLowerCase();
    const shared = owner !== undefined && owner !== context.user.toLowerCase();
    setTimeout(() => {
      if (shared && versionAtLeast(context.mailboxVersion, "1.13")) {
        callback({
          status: "succeeded",
          value: {
            owner: item.owner,
            targetMailbox: owner,
            targetRestUrl: "https://outlook.office.com/api",
            delegatePermissions: FULL_ACCESS,
          },
        });
      } else {
        callback({
          status: "failed",
          value: undefined,
          error: {
            name: "GenericResponseError",
            message: "The item is not in a shared folder or mailbox.",
            code: 9020,
          },
        });
      }
    }, 0);
  };
}

function toMessageRead(item: StandinItem, context: ItemContext): Record<string, unknown> {
  const canShare = context.sharedProperties === "available" && versionAtLeast(context.mailboxVersion, "1.8");
  return {
    itemType: "message",
    itemId: `AAMk-${item.conversationId}-${encodeURIComponent(item.internetMessageId)}`,
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId,
    subject: item.subject,
    from: item.from,
    sender: item.from,
    to: item.to ?? [],
    cc: item.cc ?? [],
    dateTimeCreated: new Date(item.dateTimeCreated),
    attachments: (item.attachments ?? []).map((a, i) => ({
      ...a,
      id: `att-${i}`,
      attachmentType: "file",
      size: 1,
    })),
    getAllInternetHeadersAsync(optionsOrCallback: unknown, maybeCallback?: Callback<string>): void {
      const callback = callbackOf(optionsOrCallback, maybeCallback);
      // Office calls back asynchronously; so does the stand-in, to catch code that assumes otherwise.
      setTimeout(() => {
        callback({ status: "succeeded", value: item.internetHeaders });
      }, 0);
    },
    ...(canShare ? { getSharedPropertiesAsync: sharedPropertiesOf(item, context) } : {}),
  };
}

export interface StandinHost {
  office: unknown;
  /** Selects another message, as clicking it in Outlook does with a pinned pane: fires ItemChanged. */
  selectItem(item: StandinItem | null): void;
  setTheme(theme: "light" | "dark"): void;
  /** The OfficeRuntime global of this runtime. */
  officeRuntime: unknown;
  /** Clicks Send on the composed reply: runs the OnMessageSend handler, resolves with its completed options. */
  send(): Promise<unknown>;
  /** The composed reply's body and what setSelectedDataAsync inserted into it (null outside compose). */
  composeBody(): StandinComposeBody | null;
}

export function createStandinHost(options: StandinOptions): StandinHost {
  const itemChangedHandlers: ((event: { type: string }) => void)[] = [];
  const themeHandlers: ((event: { type: string }) => void)[] = [];
  const mailboxVersion = options.mailboxVersion ?? "1.14";
  const themed = versionAtLeast(mailboxVersion, "1.14");
  const itemContext: ItemContext = {
    user: options.user.emailAddress,
    mailboxVersion,
    sharedProperties: options.sharedProperties ?? "available",
  };
  const composeBody = options.send?.compose === undefined ? null : composeBodyOf(options.send.compose);
  const mailbox = {
    item:
      options.send?.compose !== undefined && composeBody !== null
        ? composeItem(options.send.compose, options.user, composeBody)
        : options.item === null
          ? null
          : toMessageRead(options.item, itemContext),
    // The device's zone, as Outlook on the web reports the user's own clock.
    userProfile: {
      ...options.user,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      accountType: "enterprise",
    },
    /** Item ids "My work" opened with displayMessageForm, for tests to read. */
    displayedForms: [] as string[],
    displayMessageForm(itemId: string) {
      mailbox.displayedForms.push(itemId);
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "workbench", OWAView: "ThreePane" },
    addHandlerAsync(
      eventType: string,
      handler: (event: { type: string }) => void,
      callback?: Callback<undefined>,
    ) {
      if (eventType === OfficeThemeChanged && !themed) {
        // Outlook refuses the event before Mailbox 1.14.
        callback?.({ status: "failed", value: undefined });
        return;
      }
      if (eventType === ItemChanged) itemChangedHandlers.push(handler);
      if (eventType === OfficeThemeChanged) themeHandlers.push(handler);
      callback?.({ status: "succeeded", value: undefined });
    },
    removeHandlerAsync(eventType: string, callback?: Callback<undefined>) {
      if (eventType === ItemChanged) itemChangedHandlers.length = 0;
      if (eventType === OfficeThemeChanged) themeHandlers.length = 0;
      callback?.({ status: "succeeded", value: undefined });
    },
  };
  const context = {
    mailbox,
    // Mailbox 1.14's officeTheme: the four colours only (Outlook documents isDarkTheme and themeId as
    // unsupported); an older client has none.
    officeTheme: themed ? { ...THEMES[options.theme] } : undefined,
    displayLanguage: options.displayLanguage ?? "en-US",
    ui: standinUi(),
    roamingSettings: standinRoamingSettings(options.send?.roaming),
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name === "Mailbox" && versionAtLeast(mailboxVersion, version),
    },
  };
  const ItemChanged = "olkItemSelectedChanged";
  const OfficeThemeChanged = "officeThemeChanged";
  const sendEvents = standinSendEvents();
  const office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { ItemChanged, OfficeThemeChanged, DialogMessageReceived, DialogEventReceived },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" } },
    CoercionType: { Html: "html", Text: "text" },
    context,
    actions: sendEvents.actions,
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    auth: {
      // 13012: "The add-in is running on a platform that doesn't support getAccessToken".
      getAccessToken: () =>
        Promise.reject(Object.assign(new Error("SSO is not supported in the workbench."), { code: 13012 })),
    },
  };
  return {
    office,
    officeRuntime: standinOfficeRuntime(options.send?.accessToken),
    send: () => sendEvents.send(),
    composeBody: () => composeBody,
    selectItem(item) {
      mailbox.item = item === null ? null : toMessageRead(item, itemContext);
      for (const handler of itemChangedHandlers) handler({ type: ItemChanged });
    },
    setTheme(theme) {
      if (context.officeTheme === undefined) return;
      Object.assign(context.officeTheme, THEMES[theme]);
      // As Outlook does when the user switches theme: the pane's handlers get the new theme.
      for (const handler of themeHandlers)
        handler({ type: OfficeThemeChanged, officeTheme: { ...context.officeTheme } } as { type: string });
    },
  };
}
