import { countText, formatCount } from "./plural";

describe("countText", () => {
  it.each([
    [0, "0 messages"],
    [1, "1 message"],
    [2, "2 messages"],
    [10_250, "10,250 messages"],
  ])("%i reads %s", (count, text) => {
    expect(countText(count, "message")).toBe(text);
  });

  it("takes an irregular plural", () => {
    expect(countText(1, "reply", "replies")).toBe("1 reply");
    expect(countText(3, "reply", "replies")).toBe("3 replies");
  });

  it("groups numbers the same on every client", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
  });
});
