import { readAvailabilityForm, toAvailabilityForm } from "./availability-form";

describe("availability form", () => {
  it("reads a stored member document ({from, to} windows) and writes it back as the request", () => {
    const form = toAvailabilityForm(
      {
        skills: ["billing", "de"],
        maxOpen: 5,
        workingHours: { timeZone: "Europe/Berlin", weekly: { mon: [{ from: "09:00", to: "17:00" }] } },
      },
      "UTC",
    );
    expect(form).toMatchObject({ awayUntil: "", skills: "billing, de", maxOpen: "5", ownHours: true });
    expect(readAvailabilityForm(form)).toEqual({
      ok: true,
      request: {
        awayUntil: null,
        skills: ["billing", "de"],
        maxOpen: 5,
        workingHours: { timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "17:00"]] } },
      },
    });
  });

  it("an empty cap leaves the member's own cap out (the mailbox's applies); no own hours: none sent", () => {
    const form = { ...toAvailabilityForm(undefined, "UTC"), skills: "", maxOpen: "" };
    expect(readAvailabilityForm(form)).toEqual({ ok: true, request: { awayUntil: null, skills: [] } });
  });

  it("away until is sent as an ISO instant", () => {
    const form = { ...toAvailabilityForm(undefined, "UTC"), awayUntil: "2026-03-02T09:00" };
    const result = readAvailabilityForm(form);
    expect(result.ok && result.request.awayUntil).toBe(new Date("2026-03-02T09:00").toISOString());
  });

  it("keys problems by request path", () => {
    const base = toAvailabilityForm(undefined, "UTC");
    expect(readAvailabilityForm({ ...base, maxOpen: "2000" })).toEqual({
      ok: false,
      errors: { maxOpen: expect.stringContaining("1000") as unknown },
    });
    const hours = { ...base, ownHours: true, weekly: { ...base.weekly, tue: "9 to 5" } };
    expect(readAvailabilityForm(hours)).toEqual({
      ok: false,
      errors: {
        "workingHours.weekly.tue": '"9 to 5": write hours as 09:00-17:00, several separated by commas',
      },
    });
    const reversed = { ...base, ownHours: true, weekly: { ...base.weekly, tue: "17:00-09:00" } };
    const refused = readAvailabilityForm(reversed);
    expect(refused.ok).toBe(false);
  });
});
