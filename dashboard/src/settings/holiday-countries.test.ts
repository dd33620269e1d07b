import Holidays from "date-holidays";
import { countryName, holidayCountryOptions, HOLIDAY_COUNTRIES } from "./holiday-countries";

describe("holiday countries", () => {
  it("are exactly the countries the backend's holiday source knows", () => {
    expect([...HOLIDAY_COUNTRIES]).toEqual(Object.keys(new Holidays().getCountries()).sort());
  });

  it("are named in the reader's language and sorted by name", () => {
    expect(countryName("NL", "en")).toBe("Netherlands");
    expect(countryName("DE", "de")).toBe("Deutschland");
    const options = holidayCountryOptions("en");
    expect(options).toHaveLength(HOLIDAY_COUNTRIES.length);
    expect(options.map((o) => o.name)).toEqual(
      [...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b, "en")),
    );
  });
});
