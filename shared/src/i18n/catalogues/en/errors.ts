/**
 * The errors area in English, the source language (see ../README.md): every sentence the API and the
 * shared domain refuse something with, and the clients' own (network, validation by field). The API
 * sends a key of this file with its params; `message` is this English text.
 */
export default {
  // The HTTP edge (backend/src/http).
  bodyTooLarge: "The request body is larger than {kilobytes} KB.",
  bodyNotJson: "The request body is not valid JSON.",
  bodyCharset: "The request body's charset or encoding is not supported; send JSON in UTF-8.",
  bodyUnreadable: "The request body could not be read; send it as JSON.",
  internal: "Something went wrong on our side. Please try again.",
  tooLargeToStore:
    "This change would make the conversation larger than Baton can store, so nothing was saved.",
  queryRepeated: "{name}: give the query parameter once, as plain text.",
  pathMalformed: "The path contains a malformed %-escape.",
  noEndpoint: "No endpoint at {path}.",
  noEndpointBase: "No endpoint at {path}; the API lives under {base}.",
  rateLimited:
    "You are sending requests faster than Baton allows for one member; try again in {seconds, plural, one {# second} other {# seconds}}.",
  // The clients' own sentences, by code (view/error-sentence.ts): what the reader can do about it.
  clientUnreachable:
    "Baton's server cannot be reached right now. Check your connection and retry in a minute.",
  clientUnavailable: "Baton is briefly unavailable. Retry in a minute.",
  clientTimeout: "Baton took too long to answer. Retry in a minute.",
  clientUnauthenticated:
    "Baton could not confirm who you are. Reopen Baton and sign in or allow access when asked.",
  clientNotMember: "You are not a member of this team in Baton. Ask your Baton admin to add you.",
  clientForbidden: "Your role does not allow this. Ask a team lead to do it or to change your role.",
  clientNotFound:
    "Baton does not know this conversation or mailbox. It may belong to a mailbox Baton does not manage.",
  clientRateLimited: "Too many requests just now. Wait a few seconds and retry.",
  clientConflict: "Someone changed this at the same moment. Retry to apply your change on top of theirs.",
  clientTooLarge: "This is too large for Baton to accept. Shorten it and try again.",
  clientInternal: "Something went wrong in Baton. Retry, and tell your admin if it keeps happening.",
  // A refused field, in the reader's words (noun: note, tag, snooze, assignee).
  fieldTooLong:
    "{noun, select, note {A note} tag {A tag} snooze {A snooze end} other {An assignee}} can be at most {max, number} characters.",
  fieldTooLongThis:
    "{noun, select, note {A note} tag {A tag} snooze {A snooze end} other {An assignee}} can be at most {max, number} characters; this one has {length, number}.",
  tagTooLong: 'A tag can be at most {max, number} characters; "{value}" has {length, number}.',
  fieldTooMany:
    "You can change at most {max} {noun, select, note {notes} tag {tags} snooze {snooze ends} other {assignees}} at once.",
  noteEmpty: "Write something in the note first.",
  fieldEmpty:
    "{noun, select, note {A note} tag {A tag} snooze {A snooze end} other {An assignee}} cannot be empty.",
  tagInvalid:
    '"{value}" cannot be a tag: use letters and digits (in any language) and _ . : / -, with no spaces.',
  tagInvalidThis:
    "This cannot be a tag: use letters and digits (in any language) and _ . : / -, with no spaces.",
  tagNone: "Choose a tag to add or remove.",
  snoozeInvalid: "Choose a date and time for the snooze to end.",
  assigneeInvalid: "Choose a teammate from the list.",
  fieldCheck:
    "Check the {noun, select, note {note} tag {tag} snooze {snooze end} other {assignee}}: it {phrase}.",
} as const;
