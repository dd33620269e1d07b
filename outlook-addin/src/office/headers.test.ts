import { parseThreadingHeaders } from "./headers";

describe("parseThreadingHeaders", () => {
  it("reads Message-ID, In-Reply-To and folded References from a CRLF header block", () => {
    const raw = [
      "Received: from mx.example.com",
      "Message-ID: <reply-2@example.com>",
      "In-Reply-To: <root-1@example.com>",
      "References: <root-1@example.com>",
      "\t<reply-1@example.com>",
      "Subject: Re: Refund",
      "",
    ].join("\r\n");
    expect(parseThreadingHeaders(raw)).toEqual({
      messageId: "<reply-2@example.com>",
      inReplyTo: "<root-1@example.com>",
      references: "<root-1@example.com> <reply-1@example.com>",
      autoSubmitted: null,
      precedence: null,
    });
  });

  it("reads the automatic-mail markers of an Exchange out-of-office reply and a list message", () => {
    const ooo = [
      "Subject: Automatic reply: Refund",
      "Auto-Submitted: auto-generated",
      "X-Auto-Response-Suppress: All",
      "Message-ID: <oof-1@EXCH.example.com>",
      "",
    ].join("\r\n");
    expect(parseThreadingHeaders(ooo)).toMatchObject({ autoSubmitted: "auto-generated", precedence: null });
    const list = "List-Id: <users.lists.example.org>\r\nPrecedence: list\r\n";
    expect(parseThreadingHeaders(list)).toMatchObject({ precedence: "list", autoSubmitted: null });
  });

  it("is case-insensitive, keeps the first occurrence and reports missing headers as null", () => {
    const raw = "message-id: <a@x.test>\nMESSAGE-ID: <b@x.test>\nIn-Reply-To:\n";
    expect(parseThreadingHeaders(raw)).toEqual({
      messageId: "<a@x.test>",
      inReplyTo: null,
      references: null,
      autoSubmitted: null,
      precedence: null,
    });
  });
});
