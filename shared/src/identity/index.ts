// Public surface of identity/: a thread is keyed by its normalised root RFC 5322 Message-ID.
export type { ThreadHeaders } from "./thread-headers";
export { parseMessageIds } from "./parse-message-ids";
export { normalizeMessageId } from "./normalize-message-id";
export { rootMessageId, ownMessageId } from "./root-message-id";
export { candidateThreadIds } from "./candidate-thread-ids";
export { conversationKey, messageKey } from "./conversation-key";
export { hashId } from "./hash-id";
export { bareEmail, chooseTeamMailbox } from "./team-mailbox";
export type { TeamMailbox, TeamMailboxEvidence, TeamMailboxSource } from "./team-mailbox";
export * from "./setup-code";
