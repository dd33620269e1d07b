import { DEFAULT_ROUTING_SETTINGS, splitRouting, toMailbox } from "./mailboxes";

describe("a mailbox's stored routing", () => {
  const rule = { id: "r", name: "R", when: [], then: [{ type: "add_tags", tags: ["x"] }] };

  it("reads the agents and on-call beside the routing settings", () => {
    const stored = { agents: ["ana@acme.test"], onCall: null, strategy: "round_robin", rules: [rule] };
    const mailbox = toMailbox("support", { address: "support@acme.test", routing: stored });
    expect(mailbox.routing).toEqual({ agents: ["ana@acme.test"], onCall: null });
    expect(mailbox.routingSettings).toMatchObject({ strategy: "round_robin", rules: [{ id: "r" }] });
  });

  it("keeps the agents and on-call when the settings cannot be read (never costs escalations)", () => {
    const stored = { agents: ["ana@acme.test"], onCall: "ana@acme.test", strategy: "telepathy" };
    const mailbox = toMailbox("support", { address: "support@acme.test", routing: stored });
    expect(mailbox.routing).toEqual({ agents: ["ana@acme.test"], onCall: "ana@acme.test" });
    expect(mailbox.routingSettings).toEqual(DEFAULT_ROUTING_SETTINGS);
    expect(splitRouting(undefined).settings).toEqual(DEFAULT_ROUTING_SETTINGS);
  });
});
