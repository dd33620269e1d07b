import { MAX_ALIASES, withAlias } from "./aliases";

describe("withAlias", () => {
  it("adds a new thread id last and keeps a known one once", () => {
    expect(withAlias(["gmail_a"], "outlook_b")).toEqual(["gmail_a", "outlook_b"]);
    expect(withAlias(["gmail_a", "outlook_b"], "gmail_a")).toEqual(["gmail_a", "outlook_b"]);
  });

  it("keeps the newest MAX_ALIASES however many thread ids one member reports", () => {
    let aliases: string[] = [];
    for (let i = 0; i < 200; i++) aliases = withAlias(aliases, `gmail_${i}`);
    expect(aliases).toHaveLength(MAX_ALIASES);
    expect(aliases[0]).toBe(`gmail_${200 - MAX_ALIASES}`);
    expect(aliases.at(-1)).toBe("gmail_199");
  });

  it("trims a list stored longer than the cap (written before it existed)", () => {
    const stored = Array.from({ length: MAX_ALIASES + 10 }, (_, i) => `gmail_${i}`);
    expect(withAlias(stored, "gmail_new")).toHaveLength(MAX_ALIASES);
  });
});
