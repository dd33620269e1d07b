import { afterWrongCode, lockedUntil, SETUP_CODE_ATTEMPTS, SETUP_CODE_WINDOW_MS } from "./lockout";

const T0 = 1_741_600_000_000;

describe("the wrong setup code lockout", () => {
  it("locks after the allowed wrong codes, until the window that began with the first one ends", () => {
    let wrong = null;
    for (let i = 0; i < SETUP_CODE_ATTEMPTS; i++) {
      expect(lockedUntil(wrong, T0 + i)).toBeNull();
      wrong = afterWrongCode(wrong, T0 + i);
    }
    expect(lockedUntil(wrong, T0 + SETUP_CODE_ATTEMPTS)).toBe(T0 + SETUP_CODE_WINDOW_MS);
    // One ms before the window ends: still locked; at its end: open again, and counting anew.
    expect(lockedUntil(wrong, T0 + SETUP_CODE_WINDOW_MS - 1)).toBe(T0 + SETUP_CODE_WINDOW_MS);
    expect(lockedUntil(wrong, T0 + SETUP_CODE_WINDOW_MS)).toBeNull();
    expect(afterWrongCode(wrong, T0 + SETUP_CODE_WINDOW_MS)).toEqual({
      count: 1,
      since: T0 + SETUP_CODE_WINDOW_MS,
    });
  });

  it("counts within the window from its first wrong code", () => {
    const first = afterWrongCode(null, T0);
    expect(afterWrongCode(first, T0 + 1000)).toEqual({ count: 2, since: T0 });
  });
});
