/**
 * What the task pane needs to know about the open message, read once through the Office adapter.
 * Plain data so that components, the API client and tests never see an Office object.
 */
export interface OpenItem {
  internetMessageId: string;
  /** Exchange's conversation id: an alias for a fast lookup, never the identity. */
  conversationId: string | null;
  subject: string;
  from: { email: string; name: string };
  /** Epoch ms of dateTimeCreated (the received time of a read-mode message). */
  sentAt: number;
  inReplyTo: string | null;
  references: string | null;
  /** Auto-Submitted / Precedence (RFC 3834): automatic mail, recorded but never timed. */
  autoSubmitted?: string | null;
  precedence?: string | null;
  to: string[];
  cc: string[];
  /**
   * The owner of the shared folder or shared mailbox the item lives in (getSharedPropertiesAsync), or
   * null when the item is the user's own, or the client cannot tell (below Mailbox 1.8, or a shared
   * mailbox below 1.13). The pane, not the adapter, decides the conversation's mailbox from it.
   */
  sharedOwner: string | null;
  /** The signed-in user's own address (userProfile): the agent, e.g. ana@, not the shared mailbox. */
  signedInAs: string;
  /**
   * It carries a file attachment (not a picture inline in the body), for routing rules'
   * `hasAttachment`; absent when the client does not say. There is no `snippet`: the body text is
   * one more async read of the whole body on every item open (adapter.ts says why it is skipped).
   */
  hasAttachment?: boolean;
}

export type ThemeName = "light" | "dark";

export interface HostInfo {
  /** False outside Outlook (a plain browser tab): the pane explains how to open it. */
  inOutlook: boolean;
  platform: string | null;
  /** Whether ItemChanged (pinning) can be used: Mailbox 1.5. */
  canFollowSelection: boolean;
  /** Whether all internet headers can be read: Mailbox 1.8. Below it the pane keys by Message-ID only. */
  canReadHeaders: boolean;
}
