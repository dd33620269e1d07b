import { formatDay, formatStamp } from "./format-stamp";

describe("formatStamp", () => {
  it("writes one style, 24-hour, in the given zone", () => {
    const t = Date.UTC(2026, 10, 23, 12, 20); // Mon 23 Nov 2026, 13:20 in Amsterdam
    expect(formatStamp(t, "Europe/Amsterdam")).toBe("Mon 23 Nov 13:20");
    expect(formatStamp(t, "America/New_York")).toBe("Mon 23 Nov 07:20");
    expect(formatStamp(t, "Asia/Tokyo", { withYear: true })).toBe("Mon 23 Nov 2026 21:20");
    expect(formatDay(t, "Pacific/Kiritimati")).toBe("Tue 24 Nov");
  });
});
