// The OnMessageSend (Smart Alerts) handler's side of Office.*: the message being sent, completing the
// event, its token, and the storage it shares with the task pane.
import { rememberConversation } from "../commands/remembered";
import type { RememberedConversation } from "../commands/send-check";
import { chainStores, type SharedStore } from "../commands/shared-store";
import {
  NoTokenError,
  parseUncheckedSend,
  UNCHECKED_SEND_KEY,
  type UncheckedSend,
} from "../commands/unchecked-send";
import { addresses, getAsyncValue, office, type OfficeApi } from "./office-api";

/** What the OnMessageSend handler needs from the message being sent (compose mode). */
export interface OutgoingMessage {
  conversationId: string | null;
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  /** The mailbox the reply goes out from (its From: a shared mailbox when sent as one). */
  mailbox: string;
  /** The signed-in user, who is sending: the one a conflict is judged against. */
  agent: string;
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
    mailbox: from?.emailAddress.toLowerCase() ?? me,
    agent: me,
  };
}

/** Registers the OnMessageSend handler by the name the manifest's LaunchEvent uses. */
export function associateLaunchEvent(name: string, handler: (event: Office.MailboxEvent) => void): void {
  office().actions.associate(name, handler);
}

export type SendDecision = { allow: true } | { allow: false; message: string };

/**
 * Completes a send event; a block becomes a Smart Alert. Only Mailbox 1.12 options (allowEvent,
 * errorMessage): sendModeOverride (1.14) could only say PromptUser, which the manifest's LaunchEvent
 * already sets (SendMode="PromptUser"), and Outlook falls back to the manifest's mode anyway.
 */
export function completeSend(event: Office.MailboxEvent, decision: SendDecision): void {
  if (decision.allow) {
    event.completed({ allowEvent: true });
    return;
  }
  event.completed({ allowEvent: false, errorMessage: decision.message });
}

interface RuntimeAuth {
  getAccessToken(options: {
    allowSignInPrompt: boolean;
    allowConsentPrompt: boolean;
    forMSGraphAccess: boolean;
  }): Promise<string>;
}

interface RuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

function officeRuntime(): { auth?: RuntimeAuth; storage?: RuntimeStorage } | undefined {
  return (globalThis as { OfficeRuntime?: { auth?: RuntimeAuth; storage?: RuntimeStorage } }).OfficeRuntime;
}

/**
 * The SSO token for the send check, without any prompt (event code has no UI). OfficeRuntime.auth is
 * the call Microsoft documents for event-based activation; Office.auth only exists there in classic
 * Outlook 2111+, so it is the fallback where OfficeRuntime.auth is missing.
 */
export async function getSendToken(): Promise<string> {
  const auth = officeRuntime()?.auth ?? (office() as Partial<OfficeApi>).auth;
  if (auth === undefined) throw new NoTokenError(null);
  try {
    return await auth.getAccessToken({
      allowSignInPrompt: false,
      allowConsentPrompt: false,
      forMSGraphAccess: false,
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new NoTokenError(typeof code === "number" ? code : null);
  }
}

/** OfficeRuntime.storage: documented for Outlook only in classic Windows' event runtime. */
function officeRuntimeStore(): SharedStore | null {
  const storage = officeRuntime()?.storage;
  if (storage === undefined) return null;
  return {
    name: "OfficeRuntime.storage",
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}

/**
 * Roaming settings: per mailbox, kept by the server, readable from the pane and the event runtime on
 * every client (Microsoft's advice for OnMessageSend hand-offs). Each runtime loads them when it
 * starts, so a value saved elsewhere may be seen only by the next pane or send.
 */
function roamingStore(): SharedStore | null {
  const settings = office().context.roamingSettings as Office.RoamingSettings | undefined;
  if (settings === undefined) return null;
  const save = () =>
    new Promise<void>((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === office().AsyncResultStatus.Succeeded) resolve();
        else reject(new Error(result.error.message));
      });
    });
  return {
    name: "roamingSettings",
    get: (key) => {
      const value = settings.get(key) as unknown;
      return Promise.resolve(typeof value === "string" ? value : null);
    },
    set: (key, value) => {
      settings.set(key, value);
      return save();
    },
    remove: (key) => {
      settings.remove(key);
      return save();
    },
  };
}

/** localStorage: browser runtimes only (web, new Outlook, Mac); the JavaScript-only runtime has none. */
function localStore(): SharedStore | null {
  let storage: Storage;
  try {
    if (typeof localStorage === "undefined") return null;
    storage = localStorage;
  } catch {
    // Access can throw where storage is blocked.
    return null;
  }
  return {
    name: "localStorage",
    get: (key) => Promise.resolve(storage.getItem(key)),
    set: (key, value) => {
      storage.setItem(key, value);
      return Promise.resolve();
    },
    remove: (key) => {
      storage.removeItem(key);
      return Promise.resolve();
    },
  };
}

/**
 * The channels this runtime has, documented ones first. Not Office.sessionData: it belongs to one
 * compose item, and the pane that remembers a thread is open on the message read, not the reply.
 */
export function sharedStore(): SharedStore {
  return chainStores(
    [officeRuntimeStore(), roamingStore(), localStore()].filter(
      (store): store is SharedStore => store !== null,
    ),
  );
}

/** The pane's side: remember the thread it shows, for the handler to find when a reply is sent. */
export function rememberForSend(thread: string, remembered: RememberedConversation): Promise<void> {
  return rememberConversation(sharedStore(), { thread, ...remembered });
}

/** The pane's side of the "last send was not checked" record. */
export const lastUncheckedSend = {
  read: async (): Promise<UncheckedSend | null> =>
    parseUncheckedSend(await sharedStore().get(UNCHECKED_SEND_KEY)),
  clear: (): Promise<void> => sharedStore().remove(UNCHECKED_SEND_KEY),
};
