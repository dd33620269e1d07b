// The connectors hand the observe path the provider's receipt beside the sender's Date, so
// chooseMessageTime (shared/conversation) can prefer what the mailbox witnessed.
import { toMailMessage as fromGmail } from "./gmail/gmail-api";
import { toMailMessage as fromGraph } from "./graph/graph-api";
import { toObservedMessage } from "./mail-message";

const RECEIVED = Date.parse("2026-03-10T09:00:00Z");

describe("receipt time from the connectors", () => {
  it("Gmail: internalDate is the receipt, the Date header the claim", () => {
    const message = fromGmail({
      id: "g1",
      threadId: "t1",
      internalDate: String(RECEIVED),
      payload: {
        headers: [
          { name: "Message-ID", value: "<a@customer.test>" },
          { name: "From", value: "a@customer.test" },
          { name: "Date", value: "Mon, 01 Jan 1990 00:00:00 +0000" },
        ],
      },
    });
    expect(message?.receivedAt).toBe(RECEIVED);
    expect(message?.sentAt).toBe(Date.parse("1990-01-01T00:00:00Z"));
    const observed = message === null ? null : toObservedMessage(message);
    expect(observed?.receivedAt).toBe(RECEIVED);
    expect(observed?.sentAt).toBe(Date.parse("1990-01-01T00:00:00Z"));
  });

  it("Graph: receivedDateTime is the receipt, sentDateTime the claim", () => {
    const message = fromGraph(
      {
        id: "x1",
        internetMessageId: "<b@customer.test>",
        from: { emailAddress: { address: "b@customer.test" } },
        sentDateTime: "2999-01-01T00:00:00Z",
        receivedDateTime: new Date(RECEIVED).toISOString(),
      },
      [],
      "inbox",
    );
    expect(message?.receivedAt).toBe(RECEIVED);
    expect(message?.sentAt).toBe(Date.parse("2999-01-01T00:00:00Z"));
  });

  it("leaves out a receipt it cannot write rather than refusing the message", () => {
    const message = fromGmail({
      id: "g2",
      payload: {
        headers: [
          { name: "Message-ID", value: "<c@customer.test>" },
          { name: "From", value: "c@customer.test" },
          { name: "Date", value: "Tue, 10 Mar 2026 08:00:00 +0000" },
        ],
      },
    });
    const observed = message === null ? null : toObservedMessage(message);
    expect(observed?.receivedAt).toBeUndefined();
    expect(observed?.sentAt).toBe(Date.parse("2026-03-10T08:00:00Z"));
  });
});
