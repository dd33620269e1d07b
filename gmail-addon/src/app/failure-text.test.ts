import { EN, NL } from "../test-support/readers";
import { failureText } from "./failure-text";

const refused = { code: "forbidden", message: "Only a lead can delete someone else's note." };

describe("failureText", () => {
  it("keeps the API's own sentence for an English reader when the answer has no catalogue key", () => {
    expect(failureText(refused, EN)).toBe("Only a lead can delete someone else's note.");
  });

  it("says the code's sentence in Dutch rather than the API's English one", () => {
    const text = failureText(refused, NL);
    expect(text).not.toContain("Only a lead");
    expect(text).toBe(failureText({ code: "forbidden" }, NL));
  });

  it("says a keyed answer in the reader's language", () => {
    const keyed = { ...refused, key: "errors.forbidden", params: {} };
    expect(failureText(keyed, NL)).not.toBe(refused.message);
    expect(failureText(keyed, EN)).not.toBe(failureText(keyed, NL));
  });
});
