// The OnMessageSend (Smart Alerts) handler's side of Office.*: the message being sent, completing the
// event, and values shared with the task pane.
import { addresses, getAsyncValue, office } from "./office-api";

/** What the OnMessageSend handler needs from the message being sent (compose mode). */
export interface OutgoingMessage {
  conversationId: string | null;
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  mailbox: string;
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
