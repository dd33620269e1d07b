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
    });
  });

  it("is case-insensitive, keeps the first occurrence and reports missing headers as null", () => {
    const raw = "message-id: <a@x.test>\nMESSAGE-ID: <b@x.test>\nIn-Reply-To:\n";
    expect(parseThreadingHeaders(raw)).toEqual({
      messageId: "<a@x.test>",
      inReplyTo: null,
      references: null,
    });
  });
});
