import { parseMessageIds } from "./parse-message-ids";

describe("parseMessageIds", () => {
  it("reads RFC 5322 appendix A.2's reply chain", () => {
    // A.2: the reply-to-the-reply's References hold the original and the first reply.
    expect(parseMessageIds("<1234@local.machine.example> <3456@example.net>")).toEqual([
      "1234@local.machine.example",
      "3456@example.net",
    ]);
  });

  it("unfolds CRLF + WSP continuation lines", () => {
    const folded =
      "<CAF8dDkXn3Qv0wK=2kq+Lb5WQ@mail.gmail.com>\r\n <CAF8dDkY7zK=vB_pA@mail.gmail.com>\r\n\t<abc@x.org>";
    expect(parseMessageIds(folded)).toEqual([
      "CAF8dDkXn3Qv0wK=2kq+Lb5WQ@mail.gmail.com",
      "CAF8dDkY7zK=vB_pA@mail.gmail.com",
      "abc@x.org",
    ]);
  });

  it("reads several ids on one line with no space between them", () => {
    expect(parseMessageIds("<a@x.org><b@x.org>")).toEqual(["a@x.org", "b@x.org"]);
  });

  it("skips comments, including nested ones and escaped parentheses", () => {
    // RFC 5322 A.6.3 puts comments around msg-ids; some MTAs annotate In-Reply-To this way.
    expect(parseMessageIds("(the first) <a@x.org> (nested (c) \\) still) <b@x.org>")).toEqual([
      "a@x.org",
      "b@x.org",
    ]);
  });

  it("ignores stray commas and semicolons between ids", () => {
    expect(parseMessageIds("<a@x.org>, <b@x.org>,,;<c@x.org>,")).toEqual(["a@x.org", "b@x.org", "c@x.org"]);
  });

  it("accepts ids without angle brackets when no id has them", () => {
    expect(parseMessageIds("a@x.org b@x.org")).toEqual(["a@x.org", "b@x.org"]);
    expect(parseMessageIds(" 20240101.1234@mailer.example ")).toEqual(["20240101.1234@mailer.example"]);
  });

  it("treats bare addresses next to bracketed ids as prose", () => {
    // Old mailers: `In-Reply-To: <id> (from bob@host)` or `Your message of ... <id>`.
    expect(parseMessageIds('Your message of "Mon, 1 Jan" bob@host.example <m1@host.example>')).toEqual([
      "m1@host.example",
    ]);
  });

  it("reads Outlook/Exchange ids with a leading tab and upper-case host, lower-casing the domain only", () => {
    expect(
      parseMessageIds(
        "\t<KL1PR0302MB5219E19084B514EC36B4F636DB5EA@KL1PR0302MB5219.apcprd03.prod.outlook.com>",
      ),
    ).toEqual(["KL1PR0302MB5219E19084B514EC36B4F636DB5EA@kl1pr0302mb5219.apcprd03.prod.outlook.com"]);
  });

  it("drops folding whitespace inside an id", () => {
    expect(parseMessageIds("<very.long.id.1234567890\r\n @example.com>")).toEqual([
      "very.long.id.1234567890@example.com",
    ]);
  });

  it("does not let one unterminated id swallow the next", () => {
    expect(parseMessageIds("<a@x.org <b@x.org>")).toEqual(["a@x.org", "b@x.org"]);
    expect(parseMessageIds("<a@x.org\r\n <b@x.org>")).toEqual(["a@x.org", "b@x.org"]);
    expect(parseMessageIds("<b@x.org> <trunc@x.o")).toEqual(["b@x.org", "trunc@x.o"]);
  });

  it("keeps quoted local parts intact", () => {
    expect(parseMessageIds('<"odd id"@Example.COM>')).toEqual(['"odd id"@example.com']);
  });

  it("lists each id once, first occurrence first", () => {
    expect(parseMessageIds("<a@x.org> <b@x.org> <A@X.ORG> <a@X.org>")).toEqual([
      "a@x.org",
      "b@x.org",
      "A@x.org",
    ]);
  });

  it("returns nothing for empty, blank or id-less values", () => {
    expect(parseMessageIds("")).toEqual([]);
    expect(parseMessageIds(" \r\n\t")).toEqual([]);
    expect(parseMessageIds("<>  (just a comment) , ")).toEqual([]);
    expect(parseMessageIds("no ids here")).toEqual([]);
  });

  it("never throws on arbitrary input", () => {
    for (const s of ["<", ">", "(", '"', "\\", "(<a@b>", '"<a@b>', "<<<>>>", "@", "a@", "@b"]) {
      expect(Array.isArray(parseMessageIds(s))).toBe(true);
    }
  });
});
