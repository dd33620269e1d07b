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
} as const;
