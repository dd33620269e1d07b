import { createIdGenerator } from "./ids";

describe("createIdGenerator", () => {
  it("makes unique ids that sort in the order they were made", () => {
    const next = createIdGenerator(1_741_600_000_000);
    const ids = Array.from({ length: 1000 }, () => next());
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++)
      expect(ids[i - 1]! < ids[i]! || ids[i]!.slice(9, 13) === "0000").toBe(true);
  });

  it("sorts later instants after earlier ones", () => {
    expect(createIdGenerator(1_000)() < createIdGenerator(2_000)()).toBe(true);
  });

  it("only uses characters valid in note ids and Firestore document ids", () => {
    const next = createIdGenerator(Date.UTC(2025, 2, 10));
    for (let i = 0; i < 200; i++) expect(next()).toMatch(/^[a-z0-9A-Z]{21}$/);
  });
});
