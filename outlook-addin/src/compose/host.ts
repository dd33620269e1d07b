/**
 * The compose pane's side of Office.*: the reply being written (its Exchange conversationId, whether
 * it answers a thread), its body's format, and inserting at the cursor. Like ../office/adapter.ts for
 * the read pane, the only compose code that touches Office.*; the rest receives plain data.
 *
 * Requirement sets: conversationId in compose (Mailbox 1.1: null for a new message, the thread's id
 * for a reply or forward), body.setSelectedDataAsync (1.2), body.getTypeAsync (1.3),
 * getComposeTypeAsync (1.10, feature-checked: below it a conversationId alone says "reply").
 */
import { office } from "../office/office-api";
import type { BodyFormat, Insertion } from "./insert";

export interface ComposeContext {
  /** Exchange's conversation id of the thread this answers; null for a new message. */
  conversationId: string | null;
  /** "reply", "forward" or "newMail"; null when the client cannot say (below Mailbox 1.10). */
  composeType: string | null;
  signedInAs: string;
}

type ComposeTypeCall = (callback: (result: Office.AsyncResult<{ composeType: string }>) => void) => void;
type Item = Office.MessageCompose;

function composeItem(): Item | null {
  const item = office().context.mailbox.item as Item | null | undefined;
  if (item === null || item === undefined) return null;
  // Compose items have a body with setSelectedDataAsync; read-mode items do not.
  return typeof (item.body as Partial<Office.Body> | undefined)?.setSelectedDataAsync === "function"
    ? item
    : null;
}

export async function readComposeContext(): Promise<ComposeContext | null> {
  const item = composeItem();
  if (item === null) return null;
  // Mailbox 1.10; the typings declare it on every compose item, older clients lack it.
  const getComposeType = (item as { getComposeTypeAsync?: ComposeTypeCall }).getComposeTypeAsync;
  const composeType =
    typeof getComposeType === "function"
      ? await new Promise<string | null>((resolve) => {
          getComposeType.call(item, (result) => {
            resolve(result.status === office().AsyncResultStatus.Succeeded ? result.value.composeType : null);
          });
        })
      : null;
  return {
    conversationId: item.conversationId || null,
    composeType,
    signedInAs: office().context.mailbox.userProfile.emailAddress.toLowerCase(),
  };
}

/** The body's format; text when the client cannot say (inserting text is never wrong). */
export function readBodyFormat(): Promise<BodyFormat> {
  const item = composeItem();
  if (item === null) return Promise.resolve("text");
  return new Promise((resolve) => {
    item.body.getTypeAsync((result) => {
      const html =
        result.status === office().AsyncResultStatus.Succeeded && result.value === office().CoercionType.Html;
      resolve(html ? "html" : "text");
    });
  });
}

export class InsertError extends Error {}

/** Inserts at the cursor (replacing any selection), as Outlook's setSelectedDataAsync does. */
export function insertIntoBody(insertion: Insertion): Promise<void> {
  const item = composeItem();
  if (item === null) return Promise.reject(new InsertError("This is not a message being written."));
  const coercionType =
    insertion.coercionType === "html" ? office().CoercionType.Html : office().CoercionType.Text;
  return new Promise((resolve, reject) => {
    item.body.setSelectedDataAsync(insertion.data, { coercionType }, (result) => {
      if (result.status === office().AsyncResultStatus.Succeeded) resolve();
      else reject(new InsertError(`Outlook did not insert the template: ${result.error.message}`));
    });
  });
}
