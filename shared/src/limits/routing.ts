import type { Limit } from "./limit";

/**
 * What a mailbox's routing (rules, strategy, capacity) and a member's availability may hold (issue
 * 16). The schemas in api/routing.ts read these; the sentences quote the API's answer for a body
 * sent to the routing settings (paths relative to that body).
 */
export const ROUTING_LIMITS = {
  routingRules: {
    value: 50,
    unit: "items",
    area: "Routing",
    what: "Rules in one mailbox's routing",
    why: "Rules run inside the transaction that records each new conversation: 50 rules whose patterns all run over a 10,000-character first message take about 3 ms (shared/bench/routing.bench.ts), and more rules than that is a list nobody can read.",
    reached: "400 invalid_request: `rules: must have at most 50 items`",
  },
  routingConditions: {
    value: 20,
    unit: "items",
    area: "Routing",
    what: "Conditions (`when`) in one rule",
    why: "All must hold; a rule needing more is several rules.",
    reached: "400 invalid_request: `rules[0].when: must have at most 20 items`",
  },
  routingActions: {
    value: 10,
    unit: "items",
    area: "Routing",
    what: "Actions (`then`) in one rule",
    why: "Each action becomes an event in the same transaction; ten cover every kind of action with room to spare.",
    reached: "400 invalid_request: `rules[0].then: must have at most 10 items`",
  },
  routingRuleIdLength: {
    value: 40,
    unit: "characters",
    area: "Routing",
    what: "A rule's id",
    why: "The id is stored on every event the rule causes and in the per-rule report; a short slug keeps those small.",
    reached: "400 invalid_request: `rules[0].id: must have at most 40 characters`",
  },
  routingRuleNameLength: {
    value: 80,
    unit: "characters",
    area: "Routing",
    what: "A rule's name",
    why: "The name is quoted in explanations (\"Tagged billing by rule 'Invoices'\") that fit one line of a sidebar.",
    reached: "400 invalid_request: `rules[0].name: must have at most 80 characters`",
  },
  routingPatternLength: {
    value: 200,
    unit: "characters",
    area: "Routing",
    what: "The text or pattern of one condition (contains, matches, an address or a domain)",
    why: "Long enough for any pattern written by hand; short enough to keep the compiled linear-time programs small.",
    reached: "400 invalid_request: `rules[0].when[0].value: must have at most 200 characters`",
  },
  routingGroupMembers: {
    value: 50,
    unit: "items",
    area: "Routing",
    what: "Members of the group one `assign` action picks from",
    why: "A group is a team within the mailbox's agents; the strategy reads each member's availability per assignment.",
    reached: "400 invalid_request: `rules[0].then[0].group: must have at most 50 items`",
  },
  routingTagsPerAction: {
    value: 10,
    unit: "items",
    area: "Routing",
    what: "Tags one `add_tags` action adds",
    why: "A rule sorts a conversation; a handful of tags does that, and each is an event.",
    reached: "400 invalid_request: `rules[0].then[0].tags: must have at most 10 items`",
  },
  routingPreviousConversations: {
    value: 10_000,
    unit: "conversations",
    area: "Routing",
    what: "The count a `previousConversations` condition compares with",
    why: "The backend counts a customer's earlier conversations up to this bound, so a larger threshold could never hold.",
    reached: "400 invalid_request: `rules[0].when[0].value: must be at most 10000`",
  },
  routingCapacity: {
    value: 1_000,
    unit: "conversations",
    area: "Routing",
    what: "A capacity cap (open conversations per member, in total or per priority)",
    why: "Nobody works more open conversations at once; a larger number is a typo for 'no cap' (null).",
    reached:
      "400 invalid_request: `capacity.maxOpen: must be at most 1000` (or `maxOpen`, `capacity.perPriority.high`)",
  },
  memberSkills: {
    value: 30,
    unit: "items",
    area: "Routing",
    what: "Skills (tags a member covers) on one member",
    why: "Skills-based routing compares them with a conversation's tags for every candidate on each assignment.",
    reached: "400 invalid_request: `skills: must have at most 30 items`",
  },
  routingSnippetLength: {
    value: 10_000,
    unit: "characters",
    area: "Routing",
    what: "The start of the first message that `snippet` conditions read",
    why: "Rules run in the transaction of every new message: a bounded text keeps each evaluation in microseconds whatever the mail's size.",
    reached: "Nothing visible: a `snippet` condition sees the first 10,000 characters only.",
  },
  routingMovesPerArrival: {
    value: 5,
    unit: "moves",
    area: "Routing",
    what: "Mailbox moves one arrival may chain (a rule moves it, the next mailbox's rules run, and so on)",
    why: "Loops between mailboxes are refused when rules are saved; this stops one anyway if two admins save rules that form a loop at the same moment.",
    reached: "Nothing visible: the conversation stays in the mailbox the fifth move reached and waits there.",
  },
} satisfies Record<string, Limit>;
