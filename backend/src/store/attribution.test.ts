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
/** A message as attribution sees it; ids are normalised own Message-IDs. */
const msg = (from: string, id = "m1@x.test") => ({ from, id });
/** A connector that read "m1@x.test" from the Sent mail and anything else from the Inbox. */
const connector: ObserveSource = { kind: "connector", sent: new Set(["m1@x.test"]) };
const inbox = (from: string) => msg(from, "m2@x.test");

describe("attributeMessage from a sidebar", () => {
  it("records the caller's own reply as outbound, by the caller", () => {
    expect(attributeMessage(msg(ben.email), bensSidebar, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: ben,
    });
  });

  it("credits a reply from the shared address to the caller, the only member it may name", () => {
    expect(attributeMessage(msg("support@demo.baton.test"), bensSidebar, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: ben,
    });
  });

  it("never records a colleague's reply: not as theirs, not as the caller's, not as inbound", () => {
    expect(attributeMessage(msg(ana.email), bensSidebar, directory)).toEqual({
      record: false,
      reason: "another_members_reply",
    });
  });

  it("records a customer's message as inbound, reported by the caller", () => {
    expect(attributeMessage(msg("carla@customer.test"), bensSidebar, directory)).toEqual({
      record: true,
      direction: "inbound",
      actor: ben,
    });
  });

  it("matches the caller's address whatever its case (From is lower-cased by the schema)", () => {
    const shouty: ObserveSource = { kind: "sidebar", caller: { ...ben, email: "Ben@Demo.Baton.Test" } };
    expect(attributeMessage(msg(ben.email), shouty, directory)).toMatchObject({ direction: "outbound" });
  });
});

describe("attributeMessage from a connector", () => {
  it("credits a member's reply, read from the mailbox's Sent mail, to that member", () => {
    expect(attributeMessage(msg(ana.email), connector, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: ana,
    });
  });

  it("records the shared address's Sent mail as outbound by system, and customers as inbound by system", () => {
    expect(attributeMessage(msg("support@demo.baton.test"), connector, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: SYSTEM,
    });
    expect(attributeMessage(inbox("carla@customer.test"), connector, directory)).toEqual({
      record: true,
      direction: "inbound",
      actor: SYSTEM,
    });
  });

  it("records Inbox mail From a member as inbound by system: a From header alone never stops a clock", () => {
    // Before: anyone writing "From: ana@" to the mailbox was recorded as Ana's reply (outbound).
    expect(attributeMessage(inbox(ana.email), connector, directory)).toEqual({
      record: true,
      direction: "inbound",
      actor: SYSTEM,
    });
    expect(attributeMessage(inbox("support@demo.baton.test"), connector, directory)).toEqual({
      record: true,
      direction: "inbound",
      actor: SYSTEM,
    });
  });

  it("records Sent mail from another address the account sends as as outbound, naming nobody", () => {
    expect(attributeMessage(msg("alias@demo.baton.test"), connector, directory)).toEqual({
      record: true,
      direction: "outbound",
      actor: SYSTEM,
    });
  });

  it("decides by the message's own id, not by the thread: one Sent message credits only itself", () => {
    const sent: ObserveSource = { kind: "connector", sent: new Set(["a@x.test"]) };
    expect(attributeMessage(msg(ana.email, "a@x.test"), sent, directory)).toMatchObject({ actor: ana });
    expect(attributeMessage(msg(ana.email, "b@x.test"), sent, directory)).toMatchObject({
      direction: "inbound",
    });
  });
});
