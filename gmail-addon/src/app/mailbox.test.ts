import { chooseMailbox } from "./mailbox";

const TEAM = ["support@demo.baton.test", "sales@demo.baton.test"];

describe("chooseMailbox", () => {
  it("finds the Baton mailbox a customer wrote to, bare and lower-cased", () => {
    const inbound = [{ from: "Carla <carla@customer.test>", to: ["Support <Support@Demo.Baton.test>"] }];
    expect(chooseMailbox(inbound, TEAM)).toBe("support@demo.baton.test");
  });

  it("keys group delivery on To, not on the agent who received it", () => {
    // A Google Group delivers to ana@ (Delivered-To: ana@) but the message still says To: support@.
    const delivered = [
      { from: "carla@customer.test", to: ["support@demo.baton.test"], cc: ["ana@demo.baton.test"] },
    ];
    expect(chooseMailbox(delivered, [...TEAM, "other@demo.baton.test"])).toBe("support@demo.baton.test");
  });

  it("finds a mailbox in Cc, and the sender of a thread the team started from a mailbox", () => {
    expect(
      chooseMailbox(
        [{ from: "carla@customer.test", to: ["bob@x.test"], cc: ["sales@demo.baton.test"] }],
        TEAM,
      ),
    ).toBe("sales@demo.baton.test");
    expect(
      chooseMailbox([{ from: "Sales <sales@demo.baton.test>", to: ["carla@customer.test"] }], TEAM),
    ).toBe("sales@demo.baton.test");
  });

  it("finds a mailbox that only a later message brings in", () => {
    const forwarded = [
      { from: "dad@family.test", to: ["ana@demo.baton.test"] },
      { from: "ana@demo.baton.test", to: ["support@demo.baton.test"] },
    ];
    expect(chooseMailbox(forwarded, TEAM)).toBe("support@demo.baton.test");
  });

  it("returns null for a private thread: the agent's own address is not a mailbox, nor is the first recipient", () => {
    const personal = [{ from: "Dad <dad@family.test>", to: ["ana@demo.baton.test"] }];
    expect(chooseMailbox(personal, TEAM)).toBeNull();
    expect(chooseMailbox(personal, [])).toBeNull();
    expect(chooseMailbox([], TEAM)).toBeNull();
  });
});
