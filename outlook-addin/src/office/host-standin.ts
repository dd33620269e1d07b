/**
 * A thin stand-in for the Outlook host, used only by the workbench and tests (never shipped to
 * Outlook). It implements the part of the documented Office.js surface the adapter uses, with the
 * documented shapes and enum values: Office.onReady, Office.context.mailbox.item (read mode, with
 * getSharedPropertiesAsync), mailbox.userProfile, mailbox.addHandlerAsync(Office.EventType.ItemChanged),
 * requirements, officeTheme, and an Office.auth that reports SSO as unavailable (the workbench signs
 * in with the emulator instead).
 *
 * As in a real tenant, the user is the agent (ana@) and the items live in the shared mailbox
 * (support@) they have Full Access to: userProfile is always the agent, never the shared mailbox.
 */

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
}

export interface StandinOptions {
  item: StandinItem | null;
  /** The signed-in user (userProfile): the agent's own mailbox. */
  user: { emailAddress: string; displayName: string };
  theme: "light" | "dark";
  /** The highest Mailbox requirement set the simulated client supports (default "1.13"). */
  mailboxVersion?: string;
  /**
   * "unavailable" simulates a client whose item has no getSharedPropertiesAsync at all (older
   * builds, or a host that has not shipped it), so the pane must fall back to the recipients.
   */
  sharedProperties?: "available" | "unavailable";
}

type Callback<T> = (result: {
  status: "succeeded" | "failed";
  value: T | undefined;
  error?: { name: string; message: string; code: number };
}) => void;

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
}

export function createStandinHost(options: StandinOptions): StandinHost {
  const itemChangedHandlers: ((event: { type: string }) => void)[] = [];
  const mailboxVersion = options.mailboxVersion ?? "1.13";
  const itemContext: ItemContext = {
    user: options.user.emailAddress,
    mailboxVersion,
    sharedProperties: options.sharedProperties ?? "available",
  };
  const mailbox = {
    item: options.item === null ? null : toMessageRead(options.item, itemContext),
    userProfile: { ...options.user, timeZone: "UTC", accountType: "enterprise" },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "workbench", OWAView: "ThreePane" },
    addHandlerAsync(
      eventType: string,
      handler: (event: { type: string }) => void,
      callback?: Callback<undefined>,
    ) {
      if (eventType === ItemChanged) itemChangedHandlers.push(handler);
      callback?.({ status: "succeeded", value: undefined });
    },
    removeHandlerAsync(eventType: string, callback?: Callback<undefined>) {
      if (eventType === ItemChanged) itemChangedHandlers.length = 0;
      callback?.({ status: "succeeded", value: undefined });
    },
  };
  const context = {
    mailbox,
    officeTheme: { ...THEMES[options.theme] },
    displayLanguage: "en-US",
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name === "Mailbox" && versionAtLeast(mailboxVersion, version),
    },
  };
  const ItemChanged = "olkItemSelectedChanged";
  const office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { ItemChanged, DialogMessageReceived: "dialogMessageReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" } },
    context,
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
    selectItem(item) {
      mailbox.item = item === null ? null : toMessageRead(item, itemContext);
      for (const handler of itemChangedHandlers) handler({ type: ItemChanged });
    },
    setTheme(theme) {
      Object.assign(context.officeTheme, THEMES[theme]);
    },
  };
}
