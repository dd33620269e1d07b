/**
 * What a reader sees when a call to Baton fails, by the API's `error.code` (plus the clients' own
 * "network"/"unreachable" for a backend that cannot be reached): what happened and what to do. Codes
 * whose message is already written for the reader (invalid_request, already_claimed, ...) show the
 * API's own sentence.
 */
const SENTENCES: Readonly<Record<string, string>> = {
  network: "Baton's server cannot be reached right now. Check your connection and retry in a minute.",
  unreachable: "Baton's server cannot be reached right now. Check your connection and retry in a minute.",
  unauthenticated:
    "Baton could not confirm who you are. Reopen Baton and sign in or allow access when asked.",
  not_member: "You are not a member of this team in Baton. Ask your Baton admin to add you.",
  forbidden: "Your role does not allow this. Ask a team lead to do it or to change your role.",
  not_found:
    "Baton does not know this conversation or mailbox. It may belong to a mailbox Baton does not manage.",
  rate_limited: "Too many requests just now. Wait a few seconds and retry.",
  internal: "Something went wrong in Baton. Retry, and tell your admin if it keeps happening.",
};

export function errorSentence(failure: { code?: string; message?: string } | null): string {
  const known = failure?.code === undefined ? undefined : SENTENCES[failure.code];
  if (known !== undefined) return known;
  const message = failure?.message?.trim() ?? "";
  if (message === "") return SENTENCES["internal"] ?? "";
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
