import { completeMention, matchMembers, mentionQuery, splitMentions } from "./mentions";

const members = [
  { email: "ana@demo.baton.test", name: "Ana" },
  { email: "ben@demo.baton.test", name: "Ben" },
  { email: "anders@demo.baton.test", name: "Anders" },
];

describe("@mentions", () => {
  it("finds the partial mention that ends at the caret", () => {
    expect(mentionQuery("Ask @an", 7)).toBe("an");
    expect(mentionQuery("@", 1)).toBe("");
    expect(mentionQuery("mail me at jo@x.test", 20)).toBeNull();
    expect(mentionQuery("Ask @ana about it", 17)).toBeNull();
  });

  it("matches members by address or name prefix", () => {
    expect(matchMembers(members, "an").map((m) => m.name)).toEqual(["Ana", "Anders"]);
    expect(matchMembers(members, "BEN").map((m) => m.name)).toEqual(["Ben"]);
  });

  it("completes the partial mention with the full address and moves the caret after it", () => {
    const text = "Ask @an about refunds";
    expect(completeMention(text, 7, "ana@demo.baton.test")).toEqual({
      text: "Ask @ana@demo.baton.test  about refunds",
      caret: 25,
    });
  });

  it("splits a body into text and mention runs", () => {
    expect(splitMentions("Hi @ana@demo.baton.test, see email@x.test")).toEqual([
      { text: "Hi ", mention: false },
      { text: "@ana@demo.baton.test", mention: true },
      { text: ", see email@x.test", mention: false },
    ]);
  });
});
