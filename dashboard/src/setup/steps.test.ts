import { tabOfHash } from "../app/tab-route";
import { hashOfStep, neighbours, SETUP_STEPS, stepOfHash } from "./steps";

describe("setup steps", () => {
  it("read back from their URL, which the app routes to the setup", () => {
    for (const [step] of SETUP_STEPS) {
      expect(stepOfHash(hashOfStep(step))).toBe(step);
      expect(tabOfHash(hashOfStep(step))).toBe("setup");
    }
    expect(stepOfHash("#/setup")).toBe("organisation");
    expect(stepOfHash("#/setup/nope")).toBe("organisation");
  });

  it("know their neighbours for Back and Next", () => {
    expect(neighbours("organisation")).toEqual({ previous: null, next: "mailboxes" });
    expect(neighbours("members")).toEqual({ previous: "mailboxes", next: "finish" });
    expect(neighbours("finish")).toEqual({ previous: "members", next: null });
  });
});
