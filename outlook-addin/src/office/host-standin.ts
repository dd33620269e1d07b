/**
 * A thin stand-in for the Outlook host, used only by the workbench and tests (never shipped to
 * Outlook). It implements the part of the documented Office.js surface the adapter uses, with the
 * documented shapes and enum values: Office.onReady, Office.context.mailbox.item (read mode),
 * mailbox.userProfile, mailbox.addHandlerAsync(Office.EventType.ItemChanged), requirements,
 * officeTheme, and an Office.auth that reports SSO as unavailable (the workbench signs in with the
 * emulator instead).
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
}

export interface StandinOptions {
  item: StandinItem | null;
  mailbox: { emailAddress: string; displayName: string };
  theme: "light" | "dark";
  /** The highest Mailbox requirement set the simulated client supports (default "1.13"). */
  mailboxVersion?: string;
}

type Callback<T> = (result: {
  status: "succeeded" | "failed";
  value: T;
  error?: { message: string };
}) => void;

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

function toMessageRead(item: StandinItem): Record<string, unknown> {
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
      const callback = (
        typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback
      ) as Callback<string>;
      // Office calls back asynchronously; so does the stand-in, to catch code that assumes otherwise.
      setTimeout(() => {
        callback({ status: "succeeded", value: item.internetHeaders });
      }, 0);
    },
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
  const mailbox = {
    item: options.item === null ? null : toMessageRead(options.item),
    userProfile: { ...options.mailbox, timeZone: "UTC", accountType: "enterprise" },
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
      mailbox.item = item === null ? null : toMessageRead(item);
      for (const handler of itemChangedHandlers) handler({ type: ItemChanged });
    },
    setTheme(theme) {
      Object.assign(context.officeTheme, THEMES[theme]);
    },
  };
}
