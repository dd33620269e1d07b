import { MAX_OBSERVED_MESSAGES, observeRequestSchema } from "./observe";
import { parsed, refusal } from "../../test/api/parse-helpers";

const message = {
  messageId: "<CAF=abc123@mail.gmail.com>",
  inReplyTo: "<root@example.com>",
  references: "<root@example.com>\r\n <CAF=abc123@mail.gmail.com>",
  from: "Customer Person <Customer@Example.COM>",
  to: ["support@demo.baton.test"],
  cc: [],
  subject: "Re: Invoice 4411",
  sentAt: "2025-03-10T14:30:00+01:00",
};
const body = {
  mailbox: "Support@Demo.Baton.Test",
  platform: "gmail",
  platformThreadId: "18f1a",
  messages: [message],
};

describe("observe request", () => {
  it("parses a Gmail-shaped report into domain values", () => {
    const value = parsed(observeRequestSchema, body);
    expect(value.mailbox).toBe("support@demo.baton.test");
    const first = value.messages[0]!;
    // 14:30 at +01:00 is 13:30 UTC.
    expect(first.sentAt).toBe(Date.UTC(2025, 2, 10, 13, 30));
    expect(first.from).toBe("customer@example.com");
    expect(first.references).toBe(message.references);
  });

  it("accepts the minimal Outlook shape without optional headers", () => {
    const minimal = {
      mailbox: "sales@demo.baton.test",
      platform: "outlook",
      messages: [{ messageId: "<x@y>", from: "a@b.test", subject: "", sentAt: "2025-01-01T00:00:00Z" }],
    };
    expect(parsed(observeRequestSchema, minimal).messages).toHaveLength(1);
  });

  it("names the field and the expectation when sentAt is not an ISO date", () => {
    const bad = { ...body, messages: [{ ...message, sentAt: 1741613400000 }] };
    expect(refusal(observeRequestSchema, bad)).toBe("messages[0].sentAt: expected an ISO date");
    const local = { ...body, messages: [{ ...message, sentAt: "2025-03-10 14:30" }] };
    expect(refusal(observeRequestSchema, local)).toBe("messages[0].sentAt: expected an ISO date");
  });

  it("refuses an ISO date without an offset, which would be read in an unknown zone", () => {
    const naive = { ...body, messages: [{ ...message, sentAt: "2025-03-10T14:30:00" }] };
    expect(refusal(observeRequestSchema, naive)).toBe("messages[0].sentAt: expected an ISO date");
  });

  it("refuses an unknown platform, bad addresses and unknown fields", () => {
    expect(refusal(observeRequestSchema, { ...body, platform: "yahoo" })).toBe(
      "platform: expected one of gmail, outlook",
    );
    expect(refusal(observeRequestSchema, { ...body, mailbox: "support" })).toBe(
      "mailbox: expected an email address",
    );
    expect(refusal(observeRequestSchema, { ...body, messages: [{ ...message, to: ["nobody"] }] })).toBe(
      "messages[0].to[0]: expected an email address",
    );
    expect(refusal(observeRequestSchema, { ...body, messages: [{ ...message, bcc: [] }] })).toBe(
      'messages[0]: unknown field "bcc"',
    );
    expect(refusal(observeRequestSchema, { ...body, threadId: "x" })).toBe(
      'Request: unknown field "threadId"',
    );
  });

  it("bounds the thread to MAX_OBSERVED_MESSAGES and needs at least one", () => {
    const many = Array.from({ length: MAX_OBSERVED_MESSAGES }, (_, i) => ({
      ...message,
      messageId: `<m${i}@x>`,
    }));
    expect(parsed(observeRequestSchema, { ...body, messages: many }).messages).toHaveLength(200);
    expect(refusal(observeRequestSchema, { ...body, messages: [...many, message] })).toBe(
      "messages: must have at most 200 items",
    );
    expect(refusal(observeRequestSchema, { ...body, messages: [] })).toBe(
      "messages: must have at least 1 item",
    );
  });

  it("bounds string lengths", () => {
    const longSubject = { ...body, messages: [{ ...message, subject: "x".repeat(2001) }] };
    expect(refusal(observeRequestSchema, longSubject)).toBe(
      "messages[0].subject: must have at most 2000 characters",
    );
    const emptyId = { ...body, messages: [{ ...message, messageId: "  " }] };
    expect(refusal(observeRequestSchema, emptyId)).toBe("messages[0].messageId: must not be empty");
  });

  it("says which required field is missing", () => {
    const { from: _from, ...withoutFrom } = message;
    expect(refusal(observeRequestSchema, { ...body, messages: [withoutFrom] })).toBe(
      "messages[0].from: is required",
    );
    const { sentAt: _sentAt, ...withoutSentAt } = message;
    expect(refusal(observeRequestSchema, { ...body, messages: [withoutSentAt] })).toBe(
      "messages[0].sentAt: is required",
    );
  });
});
