import { completeMention, matchMembers } from "./mentions";

const members = [
  { email: "ana@demo.baton.test", name: "Ana" },
  { email: "ben@demo.baton.test", name: "Ben" },
  { email: "anders@demo.baton.test", name: "Anders" },
];

describe("@mentions", () => {
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
});
