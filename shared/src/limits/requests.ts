import type { Limit } from "./limit";

/** What any API request may carry, and how fast one member may send them. */
export const REQUEST_LIMITS = {
  bodyBytes: {
    value: 1_048_576,
    unit: "bytes",
    area: "Requests",
    what: "A request body",
    why: "The largest legitimate body (an observe of 200 messages with their headers) stays far below it, and the backend reads no more before refusing.",
    reached: "413 payload_too_large: `The request body is larger than 1024 KB.`",
  },
  ratePerMinute: {
    value: 120,
    unit: "requests per minute",
    area: "Requests",
    what: "Requests one member sends to one API instance, sustained",
    why: "Stops one member's client (or a stolen token) from flooding the API and Firestore; a screen load is about 10 requests.",
    reached:
      "429 rate_limited: `You are sending requests faster than Baton allows for one member; try again in N seconds.` with a Retry-After header; the add-ins and dashboard show `Too many requests just now. Wait a few seconds and retry.`",
  },
  rateBurst: {
    value: 60,
    unit: "requests",
    area: "Requests",
    what: "Requests one member may send at once before the per-minute rate applies",
    why: "Lets a screen load or a quick series of clicks through without waiting, while the rate still bounds a flood.",
    reached: "The same 429 rate_limited answer as the per-minute rate.",
  },
  identityTokenLength: {
    value: 16_384,
    unit: "characters",
    area: "Requests",
    what: "An identity token (POST /auth/exchange `token`, PUT /org/identity `tenantProofs[i]`)",
    why: "Google and Microsoft tokens are a few KB; the bound keeps garbage out of the verifier.",
    reached:
      "400 invalid_request: `token: must have at most 16384 characters` (or `tenantProofs[0]: must have at most 16384 characters`)",
  },
  emailLength: {
    value: 254,
    unit: "characters",
    area: "Requests",
    what: "An email address in any request (mailbox, member, assignee, lead, ...)",
    why: "The longest address SMTP can carry (RFC 5321 path limit).",
    reached:
      "400 invalid_request: `mailbox: must have at most 254 characters`, naming the field at fault (`assignee`, `leads[0]`, ...)",
  },
  requestIdLength: {
    value: 128,
    unit: "characters",
    area: "Requests",
    what: "A command's idempotency key (`requestId`)",
    why: "A UUID fits several times over; the conversation document keeps the latest ones, so each must stay small.",
    reached: "400 invalid_request: `requestId: must have at most 128 characters`",
  },
  queuePageSize: {
    value: 200,
    unit: "items",
    area: "Requests",
    what: "Rows in one page of GET /queue (`limit`)",
    why: "Bounds the documents one request reads; further rows are a `cursor` away.",
    reached: "400 invalid_request: `limit: must be at most 200`",
  },
  queueDefaultPageSize: {
    value: 50,
    unit: "items",
    area: "Requests",
    what: "Rows in one page of GET /queue when `limit` is not given",
    why: "A screenful for the pane and the card; the client asks for more with the cursor.",
    reached: "Nothing visible: the answer names a `nextCursor` for the following rows.",
  },
  queueCursorLength: {
    value: 512,
    unit: "characters",
    area: "Requests",
    what: "The `cursor` of GET /queue",
    why: "A cursor the API issued is far shorter; longer input is not one of ours.",
    reached: "400 invalid_request: `cursor: must have at most 512 characters`",
  },
  queueStatusFilterLength: {
    value: 100,
    unit: "characters",
    area: "Requests",
    what: "The `status` filter of GET /queue (comma-separated statuses)",
    why: "Every status listed once fits in a fraction of it; the bound keeps the split small.",
    reached: "400 invalid_request: `status: must have at most 100 characters`",
  },
  dashboardQueuePages: {
    value: 5,
    unit: "pages",
    area: "Requests",
    what: "Pages of GET /queue (of up to 200 rows) the dashboard's queue loads per mailbox",
    why: "A refresh every 20 s must stay a few queries; 1,000 conversations is more than a team works through at once.",
    reached:
      "The dashboard lists the 1,000 conversations with the earliest deadlines; the rest appear as those are handled.",
  },
  apiInstances: {
    value: 10,
    unit: "instances",
    area: "Requests",
    what: "API function instances (each serves up to 80 concurrent requests)",
    why: "Caps what a flood can cost, and bounds the per-member rate limit, which each instance keeps in memory.",
    reached:
      "Nothing visible in normal use; a member gets at most 10 times the per-instance rate across instances.",
  },
} satisfies Record<string, Limit>;
