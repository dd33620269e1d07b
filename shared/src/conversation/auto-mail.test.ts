import { automaticReason, headerKeyword, isAutomatic } from "./auto-mail";

const none: readonly string[] = [];
const person = { messageId: "<CAF=abc@mail.gmail.com>", knownAutoAckIds: none };

describe("automatic mail (RFC 3834 Auto-Submitted, Precedence, our own auto-ack)", () => {
  test.each([
    // Exchange Online out-of-office (headers as received; X-Auto-Response-Suppress rides along).
    ["Exchange out-of-office", { autoSubmitted: "auto-generated" }],
    ["Exchange out-of-office (replied)", { autoSubmitted: "auto-replied" }],
    // Gmail's vacation responder.
    ["Gmail vacation responder", { autoSubmitted: "auto-replied" }],
    // Sendmail's DSN puts a comment after the keyword.
    ["sendmail bounce", { autoSubmitted: "auto-generated (failure)" }],
    ["RFC 3834 parameters", { autoSubmitted: 'auto-replied; owner-email="ana@example.com"' }],
    ["case-insensitive, folded", { autoSubmitted: "\r\n Auto-Replied" }],
    ["an extension keyword", { autoSubmitted: "auto-notified" }],
    // Mailman and Google Groups.
    ["mailing list", { precedence: "list" }],
    ["newsletter", { precedence: "bulk" }],
    ["old vacation(1)", { precedence: "junk" }],
    ["older responder", { precedence: "Auto_Reply" }],
  ])("%s is automatic", (_, headers) => {
    expect(isAutomatic({ ...person, ...headers })).toBe(true);
  });

  test.each([
    ["no headers", {}],
    ["Auto-Submitted: no", { autoSubmitted: "no" }],
    ["Auto-Submitted: No (a person)", { autoSubmitted: " No (typed by hand)" }],
    ["an empty header says nothing", { autoSubmitted: "", precedence: "" }],
    ["first-class precedence", { precedence: "first-class" }],
    ["normal precedence", { precedence: "normal" }],
    // Outlook sets it on mail people write (meeting responses): a request, not a claim.
    ["X-Auto-Response-Suppress alone", { xAutoResponseSuppress: "RN, NRN" }],
  ])("%s is a person's mail", (_, headers) => {
    expect(isAutomatic({ ...person, ...headers })).toBe(false);
  });

  test("the header is checked before precedence, and says why", () => {
    expect(automaticReason({ ...person, autoSubmitted: "auto-replied", precedence: "bulk" })).toBe(
      "auto-submitted",
    );
    expect(automaticReason({ ...person, autoSubmitted: "no", precedence: "list" })).toBe("precedence");
  });

  test("our own acknowledgement is known by its Message-ID, however it is written", () => {
    const known = new Set(["ack-1@baton.example"]);
    expect(automaticReason({ messageId: "<ack-1@BATON.example>", knownAutoAckIds: known })).toBe(
      "own-auto-ack",
    );
    expect(automaticReason({ messageId: " <ack-1@baton.example> ", knownAutoAckIds: [...known] })).toBe(
      "own-auto-ack",
    );
    // The local part is case-sensitive (RFC 5322): another id is a person's reply.
    expect(automaticReason({ messageId: "<ACK-1@baton.example>", knownAutoAckIds: known })).toBeNull();
    expect(automaticReason({ messageId: "", knownAutoAckIds: [""] })).toBeNull();
  });

  test("headerKeyword strips comments, parameters and case", () => {
    expect(headerKeyword("Auto-Generated (failure); x=y")).toBe("auto-generated");
    expect(headerKeyword(undefined)).toBe("");
  });
});
