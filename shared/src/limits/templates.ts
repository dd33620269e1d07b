import type { Limit } from "./limit";

/**
 * What templates (canned replies, issue 17) may hold. The schemas in api/templates.ts and the
 * backend's count checks read these; the sentences quote the API's answer.
 */
export const TEMPLATE_LIMITS = {
  templatesPerMailbox: {
    value: 200,
    unit: "items",
    area: "Templates",
    what: "Templates of one mailbox",
    why: "GET /templates reads a mailbox's templates whole and searches them in memory (no full-text index in Firestore); 200 documents answer in one bounded read, and a team's canned replies past that are a library nobody can search by eye.",
    reached:
      "409 conflict: `This mailbox already has 200 templates; delete one you no longer use before adding another.`",
  },
  templatesPerPerson: {
    value: 50,
    unit: "items",
    area: "Templates",
    what: "Personal templates of one member",
    why: "Personal templates are read with every search beside the mailbox's; 50 keeps that read small, and a reply used by many belongs in the mailbox's set.",
    reached:
      "409 conflict: `You already have 50 personal templates; delete one, or ask a lead to make it a mailbox template.`",
  },
  templatesAcrossMailboxes: {
    value: 1_000,
    unit: "items",
    area: "Templates",
    what: "Mailbox templates one GET /templates without `mailbox` searches (every mailbox the caller sees)",
    why: "A search without a mailbox reads the org's mailbox templates whole; 1,000 documents (five full mailboxes) keep that one bounded read under a second.",
    reached:
      "Nothing visible below it; past it, a search without `mailbox` covers the first 1,000 mailbox templates only (name the mailbox to search all of its own).",
  },
  templateNameLength: {
    value: 80,
    unit: "characters",
    area: "Templates",
    what: "A template's name",
    why: "The name is one line of the compose pane's and card's result list.",
    reached: "400 invalid_request: `name: must have at most 80 characters`",
  },
  templateShortcutLength: {
    value: 30,
    unit: "characters",
    area: "Templates",
    what: "A template's shortcut (such as refund-nl)",
    why: "A shortcut is typed in the search box; a short slug is what makes it a shortcut.",
    reached: "400 invalid_request: `shortcut: must have at most 30 characters`",
  },
  templateBodyLength: {
    value: 10_000,
    unit: "characters",
    area: "Templates",
    what: "A template's body (text with {{variables}})",
    why: "A canned reply is a few paragraphs; 10,000 characters rendered to HTML stays far below the 32 KB a Gmail card's UpdateDraftActionResponse and Outlook's setSelectedDataAsync handle comfortably.",
    reached: "400 invalid_request: `body: must have at most 10000 characters`",
  },
  templateTags: {
    value: 10,
    unit: "items",
    area: "Templates",
    what: "Tags on one template",
    why: "Tags narrow a search; ten is more than a result line can show.",
    reached: "400 invalid_request: `tags: must have at most 10 items`",
  },
  templateSearchLength: {
    value: 100,
    unit: "characters",
    area: "Templates",
    what: "The search text of GET /templates?q=",
    why: "A search is a few words; the text is matched against every template of the read in memory.",
    reached: "400 invalid_request: `q: must have at most 100 characters`",
  },
  templateSearchResults: {
    value: 50,
    unit: "items",
    area: "Templates",
    what: "Templates answered by one GET /templates (the `limit` query, default 20)",
    why: "The compose pane and the Gmail card show a short list, most-used first; the dashboard lists a whole mailbox with limit=50 pages of the same order.",
    reached: "400 invalid_request: `limit: must be at most 50`; fewer results carry `truncated: true`.",
  },
} as const satisfies Record<string, Limit>;
