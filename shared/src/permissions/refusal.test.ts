import { ACTIONS } from "./actions";
import { refusalSentence } from "./refusal";

describe("refusalSentence", () => {
  it("names the role and what it can't do, for every action", () => {
    for (const action of ACTIONS) {
      expect(refusalSentence("viewer", action)).toMatch(/^Your role \(viewer\) can't [a-z].+[^.]\.$/);
    }
    expect(refusalSentence("agent", "export")).toBe(
      "Your role (agent) can't see team metrics; they are for leads and admins.",
    );
  });

  it("takes an endpoint's own phrase", () => {
    expect(refusalSentence("lead", "manage_members", "remove members")).toBe(
      "Your role (lead) can't remove members.",
    );
  });
});
