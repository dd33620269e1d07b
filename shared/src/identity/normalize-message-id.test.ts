import { normalizeMessageId } from "./normalize-message-id";

describe("normalizeMessageId", () => {
  it("strips brackets and surrounding whitespace", () => {
    expect(normalizeMessageId("  <abc@example.com>\r\n")).toBe("abc@example.com");
  });

  it("lower-cases the domain but not the case-sensitive local part", () => {
    expect(normalizeMessageId("<CAKbQ2m+4x0=Zq7v@Mail.Gmail.COM>")).toBe("CAKbQ2m+4x0=Zq7v@mail.gmail.com");
  });

  it("lower-cases only after the last @ when the local part quotes one", () => {
    expect(normalizeMessageId('<"A@B"@HOST.Example>')).toBe('"A@B"@host.example');
  });

  it("is idempotent", () => {
    for (const id of ["<A@B.C>", "x@Y", "plain", ' <"a b"@C> ']) {
      const once = normalizeMessageId(id);
      expect(normalizeMessageId(once)).toBe(once);
    }
  });

  it("leaves an id without @ as its sender wrote it", () => {
    expect(normalizeMessageId("<ABC123>")).toBe("ABC123");
  });
});
