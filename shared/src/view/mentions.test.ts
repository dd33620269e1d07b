import { extractMentions } from "../conversation/mentions";
import { mentionQuery, splitMentions } from "./mentions";

describe("splitMentions", () => {
  it("splits a body into text and mention runs", () => {
    expect(splitMentions("Hi @ana@demo.baton.test, see email@x.test")).toEqual([
      { text: "Hi ", mention: false },
      { text: "@ana@demo.baton.test", mention: true },
      { text: ", see email@x.test", mention: false },
    ]);
  });

  it("highlights exactly the mentions that notify (trailing dots are punctuation, non-ASCII names count)", () => {
    const body = "Thanks @Lea.K. and @zoë, not bob@example.com";
    const highlighted = splitMentions(body)
      .filter((part) => part.mention)
      .map((part) => part.text.slice(1).toLowerCase());
    expect(highlighted).toEqual(["lea.k", "zoë"]);
    expect(extractMentions(body, ["lea.k@demo.baton.test", "zoë@demo.baton.test"])).toEqual([
      "lea.k@demo.baton.test",
      "zoë@demo.baton.test",
    ]);
    expect(
      splitMentions(body)
        .map((part) => part.text)
        .join(""),
    ).toBe(body);
  });
});

describe("mentionQuery", () => {
  it("finds the partial mention that ends at the caret", () => {
    expect(mentionQuery("Ask @an", 7)).toBe("an");
    expect(mentionQuery("@", 1)).toBe("");
    expect(mentionQuery("(@zo", 4)).toBe("zo");
    expect(mentionQuery("mail me at jo@x.test", 20)).toBeNull();
    expect(mentionQuery("Ask @ana about it", 17)).toBeNull();
  });
});
