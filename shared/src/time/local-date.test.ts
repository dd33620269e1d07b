import { formatLocalDate, parseLocalDate, weekdayOf } from "./local-date";

describe("local dates as day numbers", () => {
  it("round-trips real dates and knows their weekday", () => {
    expect(parseLocalDate("1970-01-01")).toBe(0);
    expect(weekdayOf(0)).toBe("thu");
    const day = parseLocalDate("2024-02-29");
    expect(day).toBe(19782); // 54 years * 365 + 13 leap days (1972..2020) - 1 + 31 + 28 = 19782
    expect(formatLocalDate(day!)).toBe("2024-02-29");
    expect(weekdayOf(day!)).toBe("thu");
    expect(weekdayOf(parseLocalDate("1969-12-29")!)).toBe("mon"); // negative day numbers
  });

  it("reads years before 100 as written (a holiday in year 0001 is year 0001)", () => {
    expect(formatLocalDate(parseLocalDate("0001-06-07")!)).toBe("0001-06-07");
    expect(formatLocalDate(parseLocalDate("0099-12-31")!)).toBe("0099-12-31");
  });

  it("rejects dates that do not exist or are not YYYY-MM-DD", () => {
    for (const text of ["2025-02-29", "2025-13-01", "2025-1-01", "01-01-2025", "2025-01-01T00:00"]) {
      expect(parseLocalDate(text)).toBeUndefined();
    }
  });
});
