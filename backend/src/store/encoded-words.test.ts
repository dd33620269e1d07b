import { decodeEncodedWords } from "./encoded-words";

describe("decodeEncodedWords", () => {
  it("decodes a Q-encoded iso-8859-1 word (the walk's subject)", () => {
    expect(decodeEncodedWords("=?iso-8859-1?Q?accentu=E9?=")).toBe("accentué");
  });

  it("decodes B-encoded utf-8 and Q underscores as spaces", () => {
    expect(decodeEncodedWords("=?UTF-8?B?w6lsw6h2ZQ==?=")).toBe("élève");
    expect(decodeEncodedWords("=?utf-8?Q?Caf=C3=A9_au_lait?=")).toBe("Café au lait");
  });

  it("joins adjacent encoded words without the whitespace between them, keeps plain text around them", () => {
    // A multi-byte character split across two words (as mailers do at 75 characters) is whole again.
    expect(decodeEncodedWords("=?utf-8?B?w6k=?= =?utf-8?B?bMOodmU=?=")).toBe("élève");
    expect(decodeEncodedWords("Re: =?iso-8859-1?Q?r=E9sum=E9?= attached")).toBe("Re: résumé attached");
  });

  it("leaves plain subjects and lookalikes alone", () => {
    expect(decodeEncodedWords("Invoice 42")).toBe("Invoice 42");
    expect(decodeEncodedWords("what =? is this ?=")).toBe("what =? is this ?=");
    expect(decodeEncodedWords("")).toBe("");
  });
});
