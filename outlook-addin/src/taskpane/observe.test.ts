import type { OpenItem } from "../office/types";
import { observeRequestFor } from "./observe";

const item: OpenItem = {
  internetMessageId: "<m1@customer.test>",
  conversationId: "AAQk1",
  subject: "Invoice 12",
  from: { email: "jo@customer.test", name: "Jo" },
  sentAt: Date.UTC(2026, 2, 9, 10, 0),
  inReplyTo: null,
  references: null,
  to: ["support@demo.baton.test"],
  cc: [],
  sharedOwner: "support@demo.baton.test",
  signedInAs: "ben@demo.baton.test",
};

describe("observeRequestFor", () => {
  it("sends hasAttachment, routing rules' fact, when the client told it", () => {
    const [withFile] = observeRequestFor(
      { ...item, hasAttachment: true },
      "support@demo.baton.test",
    ).messages;
    expect(withFile).toMatchObject({ hasAttachment: true });
    const [without] = observeRequestFor(
      { ...item, hasAttachment: false },
      "support@demo.baton.test",
    ).messages;
    expect(without).toMatchObject({ hasAttachment: false });
  });

  it("leaves it out when the client could not tell, and never sends a snippet", () => {
    const [message] = observeRequestFor(item, "support@demo.baton.test").messages;
    expect(message).not.toHaveProperty("hasAttachment");
    expect(message).not.toHaveProperty("snippet");
    expect(message).not.toHaveProperty("autoSubmitted");
    expect(message).not.toHaveProperty("precedence");
  });

  it("sends the automatic-mail markers read from the headers (an out-of-office reply)", () => {
    const [message] = observeRequestFor(
      { ...item, autoSubmitted: "auto-replied", precedence: "bulk" },
      "support@demo.baton.test",
    ).messages;
    expect(message).toMatchObject({ autoSubmitted: "auto-replied", precedence: "bulk" });
  });
});
