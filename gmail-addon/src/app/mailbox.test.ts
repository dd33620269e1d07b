import { chooseMailbox } from "./mailbox";

const inbound = [
  { from: "Carla <carla@customer.test>", to: ["Support <Support@Demo.Baton.test>", "ana@demo.baton.test"] },
];

describe("chooseMailbox", () => {
  it("prefers an address on the thread that Baton already named as a mailbox", () => {
    expect(
      chooseMailbox(inbound, ["carla@customer.test", "ana@demo.baton.test"], ["ana@demo.baton.test"]),
    ).toBe("ana@demo.baton.test");
  });

  it("falls back to the first recipient of the first message, bare and lower-cased", () => {
    expect(chooseMailbox(inbound, [], [])).toBe("support@demo.baton.test");
  });

  it("uses the sender when the first message has no recipients, and null for an empty thread", () => {
    expect(chooseMailbox([{ from: "sales@demo.baton.test" }], [], [])).toBe("sales@demo.baton.test");
    expect(chooseMailbox([], [], [])).toBeNull();
  });
});
