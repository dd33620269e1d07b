import { routes } from "../api/routes";
import { englishError } from "../errors";
import { ACTIONS } from "./actions";
import { REFUSAL_KEYS, refusalError, refusalSentence } from "./refusal";

describe("refusals are keyed", () => {
  it("has a key for every route's refusal phrase, saying the same English", () => {
    for (const [name, spec] of Object.entries(routes)) {
      const phrase = (spec as { refusal?: string }).refusal;
      if (phrase === undefined) continue;
      const key = REFUSAL_KEYS[phrase];
      expect([name, key === undefined ? undefined : englishError(key)]).toEqual([name, phrase]);
    }
  });

  it("says every action's refusal as refusalSentence does", () => {
    for (const action of ACTIONS) {
      const error = refusalError("viewer", action);
      expect(error.key).toBe("errors.roleCant");
      expect(error.message).toBe(refusalSentence("viewer", action));
    }
  });
});
