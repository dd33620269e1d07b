import { cleanName, firstNameOf } from "./first-name";

describe("firstNameOf", () => {
  it.each([
    ["Ana Lima", "Ana"],
    ["Lima, Ana", "Ana"],
    ['"Ana Lima"', "Ana"],
    ["  Ana   Lima ", "Ana"],
    ["Ana", "Ana"],
  ])("%s -> %s", (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  it.each([null, undefined, "", "  ", "ana@x.test"])("%p is no name", (name) => {
    expect(firstNameOf(name)).toBeNull();
    expect(cleanName(name)).toBeNull();
  });
});
