import { createHash } from "node:crypto";
import fc from "fast-check";
import { candidateThreadIds } from "./candidate-thread-ids";
import { conversationKey, messageKey } from "./conversation-key";
import { encodeBase32, hashId, HASH_CHARS } from "./hash-id";
import { rootMessageId } from "./root-message-id";
import { encodeUtf8 } from "./utf8";

describe("rootMessageId", () => {
  it("takes the first References id", () => {
    expect(
      rootMessageId({
        messageId: "<abcd.1234@local.machine.test>",
        inReplyTo: "<3456@example.net>",
        references: "<1234@local.machine.example> <3456@example.net>",
      }),
    ).toBe("1234@local.machine.example");
  });

  it("falls back to In-Reply-To, then to the message's own id", () => {
    expect(rootMessageId({ messageId: "<b@x>", inReplyTo: "<a@x>" })).toBe("a@x");
    expect(rootMessageId({ messageId: "<b@x>", inReplyTo: null, references: "" })).toBe("b@x");
    expect(rootMessageId({ messageId: "<b@x>", inReplyTo: "(no id)", references: " " })).toBe("b@x");
  });

  it("keeps an id without @ and gives null when there is no id at all", () => {
    expect(rootMessageId({ messageId: "<ABC123>" })).toBe("ABC123");
    expect(rootMessageId({ messageId: "" })).toBeNull();
  });
});

describe("conversationKey", () => {
  const gmailOriginal = "<CAF8dDkXn3Qv0wK=2kq+Lb5WQ@mail.gmail.com>";
  const outlookReplyId = "<AM6PR04MB5639C3E6B3C2F31B0F5AC1B4D9A20@AM6PR04MB5639.EURPRD04.PROD.OUTLOOK.COM>";

  it("gives the whole thread one key, however each client spells the headers", () => {
    const first = conversationKey({ messageId: gmailOriginal });
    // The Outlook reply: folded References with a tab, upper-case domain as Exchange writes it.
    const outlookReply = conversationKey({
      messageId: outlookReplyId,
      inReplyTo: "<CAF8dDkXn3Qv0wK=2kq+Lb5WQ@MAIL.GMAIL.COM>",
      references: "<CAF8dDkXn3Qv0wK=2kq+Lb5WQ@Mail.Gmail.Com>",
    });
    // Gmail's reply to the reply: References with both, folded CRLF + space.
    const gmailReply = conversationKey({
      messageId: "<CAF8dDkY7zK=vB_pA@mail.gmail.com>",
      inReplyTo: outlookReplyId,
      references: `${gmailOriginal}\r\n ${outlookReplyId}`,
    });
    expect(first).not.toBeNull();
    expect(outlookReply).toBe(first);
    expect(gmailReply).toBe(first);
  });

  it("separates ids that differ only in local-part case", () => {
    expect(conversationKey({ messageId: "<Abc@x.org>" })).not.toBe(
      conversationKey({ messageId: "<abc@x.org>" }),
    );
  });

  it("is 'c_' plus 24 lower-case base32 characters (Firestore-safe)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (local) => {
        const key = conversationKey({ messageId: `<${local}@example.com>` });
        if (key === null) return;
        expect(key).toMatch(/^c_[a-z2-7]{24}$/);
      }),
    );
  });

  it("is null for a message without any id", () => {
    expect(conversationKey({ messageId: " " })).toBeNull();
  });
});

describe("messageKey", () => {
  it("is the same for every spelling of one id and differs from the conversation key prefix", () => {
    expect(messageKey("<a@X.ORG>")).toBe(messageKey(" a@x.org "));
    expect(messageKey("a@x.org")).toMatch(/^m_[a-z2-7]{24}$/);
  });
});

describe("candidateThreadIds", () => {
  it("lists root, References newest first, In-Reply-To, own id — each once", () => {
    expect(
      candidateThreadIds({
        messageId: "<e@x>",
        inReplyTo: "<q@x>",
        references: "<a@x> <b@x>\r\n <c@x> <d@x>",
      }),
    ).toEqual(["a@x", "d@x", "c@x", "b@x", "q@x", "e@x"]);
  });

  it("lists just the own id for a thread's first message", () => {
    expect(candidateThreadIds({ messageId: "<first@x>" })).toEqual(["first@x"]);
  });

  it("is empty when nothing carries an id", () => {
    expect(candidateThreadIds({ messageId: "" })).toEqual([]);
  });
});

describe("hashId", () => {
  it("matches Node's SHA-256 on arbitrary unicode input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const expected = encodeBase32(createHash("sha256").update(text, "utf8").digest()).slice(
          0,
          HASH_CHARS,
        );
        expect(hashId("c_", text)).toBe(`c_${expected}`);
      }),
    );
  });

  it("encodes the FIPS 180-2 'abc' vector", () => {
    const hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    const bytes = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(hashId("", "abc")).toBe(encodeBase32(bytes).slice(0, HASH_CHARS));
  });

  it("encodes base32 per RFC 4648's test vectors (lower-case, unpadded)", () => {
    const cases: Array<[string, string]> = [
      ["", ""],
      ["f", "my"],
      ["fo", "mzxq"],
      ["foo", "mzxw6"],
      ["foob", "mzxw6yq"],
      ["fooba", "mzxw6ytb"],
      ["foobar", "mzxw6ytboi"],
    ];
    for (const [input, out] of cases) expect(encodeBase32(encodeUtf8(input))).toBe(out);
  });
});

describe("encodeUtf8", () => {
  it("agrees with Buffer, including astral characters and lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect([...encodeUtf8(text)]).toEqual([...Buffer.from(text, "utf8")]);
      }),
    );
  });
});
