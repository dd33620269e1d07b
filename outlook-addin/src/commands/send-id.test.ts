import { newSendId } from "./send-id";

describe("newSendId", () => {
  it("is the millisecond then 16 random base-36 characters, without crypto", () => {
    const id = newSendId(Date.UTC(2026, 2, 9), () => 0.5);
    expect(id).toBe(`${Date.UTC(2026, 2, 9).toString(36)}-${"i".repeat(16)}`);
  });

  it("differs between sends in the same millisecond", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newSendId(1)));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^1-[0-9a-z]{16}$/);
  });
});
