/** The threading headers of one message, as raw header values (folded or not, brackets or not). */
export interface ThreadHeaders {
  messageId: string;
  inReplyTo?: string | null;
  references?: string | null;
}
