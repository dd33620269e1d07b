import { bareEmail, chooseTeamMailbox } from "./team-mailbox";

const baton = ["support@acme.test", "billing@acme.test"];

describe("chooseTeamMailbox", () => {
  it("takes the shared owner when the item lives in a Baton mailbox, even if no address names it", () => {
    // A customer wrote to the help@ alias; Exchange delivered it into support@.
    expect(
      chooseTeamMailbox(
        {
          sharedOwner: "Support@Acme.test",
          addresses: ["jo@customer.test", "help@acme.test"],
          self: "ana@acme.test",
        },
        baton,
      ),
    ).toEqual({ address: "support@acme.test", source: "shared-owner" });
  });

  it("ignores a shared owner that is not a Baton mailbox and falls back to the addresses", () => {
    expect(
      chooseTeamMailbox(
        {
          sharedOwner: "boss@acme.test",
          addresses: ["jo@customer.test", "billing@acme.test"],
          self: "ana@acme.test",
        },
        baton,
      ),
    ).toEqual({ address: "billing@acme.test", source: "address" });
  });

  it("finds the mailbox a customer wrote to among the recipients", () => {
    expect(
      chooseTeamMailbox(
        {
          sharedOwner: null,
          addresses: ["jo@customer.test", "Support <SUPPORT@acme.test>"],
          self: "ana@acme.test",
        },
        baton,
      ),
    ).toEqual({ address: "support@acme.test", source: "address" });
  });

  it("prefers From when the team mailbox sent the message and Cc'd another", () => {
    expect(
      chooseTeamMailbox({ addresses: ["billing@acme.test", "jo@customer.test", "support@acme.test"] }, baton),
    ).toEqual({ address: "billing@acme.test", source: "address" });
  });

  it("uses the signed-in address only when it is itself a Baton mailbox", () => {
    expect(
      chooseTeamMailbox(
        { addresses: ["jo@customer.test", "undisclosed@acme.test"], self: "support@acme.test" },
        baton,
      ),
    ).toEqual({ address: "support@acme.test", source: "self" });
    expect(chooseTeamMailbox({ addresses: ["jo@customer.test"], self: "ana@acme.test" }, baton)).toBeNull();
  });

  it("answers null for a private thread: no Baton mailbox anywhere", () => {
    expect(
      chooseTeamMailbox(
        { sharedOwner: null, addresses: ["friend@elsewhere.test", "ana@acme.test"], self: "ana@acme.test" },
        baton,
      ),
    ).toBeNull();
  });

  it("answers null when the org's mailboxes are unknown, rather than guessing", () => {
    expect(
      chooseTeamMailbox({ sharedOwner: "support@acme.test", addresses: ["support@acme.test"] }, []),
    ).toBeNull();
  });
});

describe("bareEmail", () => {
  it("takes the address out of a display form and lower-cases it", () => {
    expect(bareEmail(' "Lima, Ana" <Ana@X.test> ')).toBe("ana@x.test");
    expect(bareEmail(" Ana@X.test ")).toBe("ana@x.test");
  });
});
