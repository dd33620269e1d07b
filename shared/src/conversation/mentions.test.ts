import { extractMentions } from "./mentions";

const members = [
  "ana@demo.baton.test",
  "Ben@Demo.Baton.Test",
  "ana@sales.baton.test",
  "lea.k@demo.baton.test",
];

describe("extractMentions", () => {
  it("resolves @local-part against members' local parts", () => {
    expect(extractMentions("ping @ben please", members)).toEqual(["ben@demo.baton.test"]);
  });

  it("resolves a full @email to exactly that member", () => {
    expect(extractMentions("@ana@sales.baton.test can you check", members)).toEqual(["ana@sales.baton.test"]);
  });

  it("mentions every member sharing an ambiguous local part", () => {
    expect(extractMentions("@ana", members)).toEqual(["ana@demo.baton.test", "ana@sales.baton.test"]);
  });

  it("handles dots in names, trailing punctuation, case and duplicates", () => {
    expect(extractMentions("Thanks @Lea.K. and @BEN, @ben!", members)).toEqual([
      "lea.k@demo.baton.test",
      "ben@demo.baton.test",
    ]);
  });

  it("ignores plain email addresses, unknown names and non-members", () => {
    expect(extractMentions("mail ben@demo.baton.test or @zoe or @zoe@demo.baton.test", members)).toEqual([]);
  });
});
