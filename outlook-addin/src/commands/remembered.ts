/** The storage name under which the pane remembers a thread's conversation for the send handler. */
export function rememberedKey(exchangeConversationId: string): string {
  return `baton:conversation:${exchangeConversationId}`;
}
