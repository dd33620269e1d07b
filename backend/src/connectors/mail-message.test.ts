import { isAutomated, splitAddressList, toObservedMessage, type MailMessage } from "./mail-message";
import { parseRetryAfter } from "./provider-error";
import { ackMessageId, fillTemplate, replyMime, shouldAcknowledge } from "./auto-ack";

const base: MailMessage = {
  providerId: "p1",
  threadId: "t1",
  messageId: "<a1@customer.test>",
  from: '"Lee, Bo" <Bo@Customer.TEST>',
  to: ["support@demo.baton.test", "not an address"],
  cc: [],
  subject: "Invoice",
  sentAt: Date.parse("2026-03-10T09:00:00Z"),
  automated: false,
  sent: false,
};

test("address lists split at separating commas only", () => {
  expect(splitAddressList('"Lee, Bo" <bo@x.test>, ana@y.test ,<c@z.test>')).toEqual([
    '"Lee, Bo" <bo@x.test>',
    "ana@y.test",
    "<c@z.test>",
  ]);
  expect(splitAddressList(undefined)).toEqual([]);
});

test("a provider message becomes the sidebars' observe input, validated by the same schema", () => {
  expect(toObservedMessage(base)).toEqual({
    messageId: "<a1@customer.test>",
    from: "bo@customer.test",
    to: ["support@demo.baton.test"], // the unparseable recipient is dropped, not fatal
    cc: [],
    subject: "Invoice",
    sentAt: base.sentAt,
  });
  expect(toObservedMessage({ ...base, messageId: "" })).toBeNull();
  expect(toObservedMessage({ ...base, from: "" })).toBeNull();
  expect(toObservedMessage({ ...base, sentAt: NaN })).toBeNull();
});

test("RFC 3834 markers and bulk precedence mark automatic mail", () => {
  expect(isAutomated("auto-replied", undefined)).toBe(true);
  expect(isAutomated("No", undefined)).toBe(false);
  expect(isAutomated(undefined, "bulk")).toBe(true);
  expect(isAutomated(undefined, undefined)).toBe(false);
  expect(isAutomated("auto-generated (failure)", undefined)).toBe(true);
  expect(isAutomated(undefined, "auto_reply")).toBe(true);
});

test("the raw markers reach the observe input, where the shared rule decides", () => {
  const observed = toObservedMessage({ ...base, autoSubmitted: "auto-replied", precedence: "bulk" });
  expect(observed).toMatchObject({ autoSubmitted: "auto-replied", precedence: "bulk" });
  expect(toObservedMessage({ ...base, autoSubmitted: "x".repeat(5000) })?.autoSubmitted).toHaveLength(998);
  expect(toObservedMessage(base)).not.toHaveProperty("autoSubmitted");
});

test("Retry-After reads delta-seconds and HTTP dates", () => {
  const now = Date.parse("2026-03-10T09:00:00Z");
  expect(parseRetryAfter("30", now)).toBe(30_000);
  expect(parseRetryAfter("Tue, 10 Mar 2026 09:01:00 GMT", now)).toBe(60_000);
  expect(parseRetryAfter("soon", now)).toBeUndefined();
});

test("acknowledgements skip the backfill, automatic mail, our own address and no-reply senders", () => {
  const config = { connectedAt: base.sentAt - 1, mailbox: "support@demo.baton.test" };
  const of = (message: Partial<MailMessage>) => ({
    conversationKey: "c_x",
    message: { ...base, ...message },
  });
  expect(shouldAcknowledge(of({}), config)).toBe(true);
  expect(shouldAcknowledge(of({ sentAt: base.sentAt - 10 }), config)).toBe(false);
  expect(shouldAcknowledge(of({ automated: true }), config)).toBe(false);
  expect(shouldAcknowledge(of({ from: "Support <support@demo.baton.test>" }), config)).toBe(false);
  expect(shouldAcknowledge(of({ from: "no-reply@shop.test" }), config)).toBe(false);
  expect(shouldAcknowledge(of({ from: "MAILER-DAEMON@mx.test" }), config)).toBe(false);
});

test("the reply MIME threads with the customer's message and says it is automatic", () => {
  const mime = replyMime(
    { ...base, references: "<r0@x.test>" },
    "support@demo.baton.test",
    "Re: Invoice ✓",
    "Thanks",
    ackMessageId("support@demo.baton.test", "u1"),
  );
  const [head, body] = mime.split("\r\n\r\n");
  expect(head).toContain("In-Reply-To: <a1@customer.test>");
  expect(head).toContain("References: <r0@x.test> <a1@customer.test>");
  expect(head).toContain("Auto-Submitted: auto-replied");
  // Set by Baton, so the sent copy is known as ours before it comes back.
  expect(head).toContain("Message-ID: <baton-ack.u1@demo.baton.test>");
  expect(head).toContain(`Subject: =?UTF-8?B?${Buffer.from("Re: Invoice ✓").toString("base64")}?=`);
  expect(Buffer.from(body!, "base64").toString("utf8")).toBe("Thanks");
  expect(fillTemplate("About {subject} at {mailbox}", { subject: "Invoice", mailbox: "s@x" })).toBe(
    "About Invoice at s@x",
  );
});

test("`sent` stays beside the observe input: nothing a sidebar's body could carry decides it", () => {
  const sent: MailMessage = { ...base, sent: true };
  expect(toObservedMessage(sent)).toEqual(toObservedMessage(base));
  expect(toObservedMessage(sent)).not.toHaveProperty("sent");
});
