import { mailboxRoutingSchema, type BusinessCalendar } from "@baton/shared";
import type { RoutingMember } from "@baton/shared/routing";
import { previewRouting, type PreviewConversation } from "./routing-preview";

const ALWAYS: BusinessCalendar = {
  timeZone: "UTC",
  weekly: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]),
  ),
};
const NOW = Date.UTC(2026, 5, 1, 10, 0);
const ANA = "ana@acme.test";
const BEN = "ben@acme.test";
const CHEN = "chen@acme.test";
const member = (email: string, name: string, availability: Partial<RoutingMember["availability"]> = {}) => ({
  email,
  name,
  role: "agent" as const,
  availability: { awayUntil: null, skills: [], ...availability },
});
const MEMBERS: RoutingMember[] = [
  member(ANA, "Ana"),
  member(BEN, "Ben", { awayUntil: NOW + 3_600_000 }),
  member(CHEN, "Chen"),
];
const NAMES = new Map(MEMBERS.map((m) => [m.email, m.name ?? m.email]));

function conversation(n: number, subject: string, from = `c${n}@customer.test`): PreviewConversation {
  return {
    key: `c_${String(n).padStart(10, "0")}`,
    subject,
    from,
    arrivedAt: NOW - (100 - n) * 60_000,
    snippet: "",
    hasAttachment: false,
    isReply: false,
  };
}

const context = {
  mailboxAddress: "support@acme.test",
  calendar: ALWAYS,
  members: MEMBERS,
  loads: new Map(),
  names: NAMES,
  nowMs: NOW,
};

const routing = (input: Record<string, unknown>) =>
  mailboxRoutingSchema.parse({ agents: [ANA, BEN, CHEN], onCall: null, ...input });

describe("previewRouting", () => {
  it("says what each rule would do and who round-robin would pick, skipping whoever is away", () => {
    const draft = routing({
      strategy: "round_robin",
      rules: [
        {
          id: "invoices",
          name: "Invoices",
          when: [{ field: "subject", op: "contains", value: "invoice" }],
          then: [
            { type: "add_tags", tags: ["billing"] },
            { type: "set_priority", priority: "high" },
          ],
        },
      ],
    });
    const result = previewRouting(
      draft,
      [conversation(1, "Invoice 7"), conversation(2, "Hello"), conversation(3, "Hi")],
      context,
    );
    // Newest first; in arrival order Ana, (Ben away) Chen, Ana.
    expect(result.conversations.map((c) => c.assignee)).toEqual([ANA, CHEN, ANA]);
    expect(result.firedByRule).toEqual({ invoices: 1 });
    const invoice = result.conversations[2];
    expect(invoice?.sentences).toEqual([
      "Tagged billing by rule 'Invoices'",
      "Priority set to high by rule 'Invoices'",
      "Assigned to Ana by round-robin",
    ]);
    expect(result.conversations[1]?.sentences).toEqual(["Assigned to Chen by round-robin (Ben away)"]);
  });

  it("moves or closes without assigning, and says when nobody is available", () => {
    const draft = routing({
      strategy: "load_balanced",
      agents: [BEN],
      rules: [
        {
          id: "spam",
          name: "Spam",
          when: [{ field: "from", op: "domain", value: "spam.test" }],
          then: [{ type: "mark", status: "spam" }],
        },
        {
          id: "sales",
          name: "Sales",
          when: [{ field: "subject", op: "contains", value: "quote" }],
          then: [{ type: "move_to_mailbox", mailbox: "sales" }],
        },
      ],
    });
    const [other, moved, spam] = previewRouting(
      draft,
      [conversation(1, "Win", "x@spam.test"), conversation(2, "A quote please"), conversation(3, "Help")],
      context,
    ).conversations;
    expect(spam).toMatchObject({
      assignee: null,
      sentences: ["Tagged spam by rule 'Spam'", "Closed by rule 'Spam'"],
    });
    expect(moved).toMatchObject({ assignee: null, sentences: ["Moved to sales by rule 'Sales'"] });
    expect(other).toMatchObject({ assignee: null, sentences: ["Waiting: nobody available (Ben away)"] });
  });

  it("honours caps with the loads it is given and the assignments it previews", () => {
    const draft = routing({ strategy: "round_robin", agents: [ANA, CHEN], capacity: { maxOpen: 2 } });
    const loads = new Map([[ANA, { normal: 2 }]]);
    const result = previewRouting(
      draft,
      [1, 2, 3].map((n) => conversation(n, `Q${n}`)),
      { ...context, loads },
    );
    // Ana is at her cap from the start; Chen takes two, then nobody is left.
    expect(result.conversations.map((c) => c.assignee).reverse()).toEqual([CHEN, CHEN, null]);
  });

  it("assigns nothing under the manual strategy and writes no sentence", () => {
    const result = previewRouting(routing({}), [conversation(1, "Hello")], context);
    expect(result.conversations[0]).toMatchObject({ assignee: null, fired: [], sentences: [] });
  });
});
