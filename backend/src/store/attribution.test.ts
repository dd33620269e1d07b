import { SYSTEM, type Actor } from "@baton/shared";
import { attributeMessage, type Directory, type ObserveSource } from "./attribution";

const ana: Actor = { email: "ana@demo.baton.test", role: "agent" };
const ben: Actor = { email: "ben@demo.baton.test", role: "agent" };
const directory: Directory = {
  members: new Map([
    [ana.email, ana],
    [ben.email, ben],
  ]),
  mailboxAddresses: new Set(["support@demo.baton.test"]),
};
const bensSidebar: ObserveSource = { kind: "sidebar", caller: ben };
const connector: ObserveSource = { kind: "connector" };

describe("attributeMessage from a sidebar", () => {
  it("records the caller's own reply as outbound, by the caller", () => {
    expect(attributeMessage(ben.email, bensSidebar, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: ben,
    });
  });

  it("credits a reply from the shared address to the caller, the only member it may name", () => {
    expect(attributeMessage("support@demo.baton.test", bensSidebar, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: ben,
    });
  });

  it("never records a colleague's reply: not as theirs, not as the caller's, not as inbound", () => {
    expect(attributeMessage(ana.email, bensSidebar, directory)).toEqual({
      record: false,
      reason: "another_members_reply",
    });
  });

  it("records a customer's message as inbound, reported by the caller", () => {
    expect(attributeMessage("carla@customer.test", bensSidebar, directory)).toEqual({
      record: true,
      direction: "inbound",
      actor: ben,
    });
  });

  it("matches the caller's address whatever its case (From is lower-cased by the schema)", () => {
    const shouty: ObserveSource = { kind: "sidebar", caller: { ...ben, email: "Ben@Demo.Baton.Test" } };
    expect(attributeMessage(ben.email, shouty, directory)).toMatchObject({ direction: "outbound" });
  });
});

describe("attributeMessage from a connector", () => {
  it("credits a member's reply, read from the mailbox, to that member", () => {
    expect(attributeMessage(ana.email, connector, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: ana,
    });
  });

  it("records the shared address as outbound by system, and customers as inbound by system", () => {
    expect(attributeMessage("support@demo.baton.test", connector, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: SYSTEM,
    });
    expect(attributeMessage("carla@customer.test", connector, directory)).toEqual({
      record: true,
      direction: "inbound",
      actor: SYSTEM,
    });
  });
});
