import { changeNotice, readSnoozeInput, type Watched } from "./live-notices";

const ana = "ana@demo.baton.test";
const ben = "ben@demo.baton.test";
const nameOf = (email: string) => (email === ben ? "Ben" : email === ana ? "Ana" : email);
const isMember = (email: string) => email === ana || email === ben;
const base: Watched = { assignee: ana, status: "open", priority: "normal", tags: [], notes: [] };

describe("changeNotice", () => {
  it("tells the owner what a teammate changed", () => {
    const after = { ...base, status: "pending" as const, changedBy: ben };
    expect(changeNotice(base, after, ana, nameOf, isMember)).toBe(
      "Ben changed the status to Waiting on customer.",
    );
    expect(changeNotice(base, { ...base, assignee: null, changedBy: ben }, ana, nameOf, isMember)).toBe(
      "Ben released your thread.",
    );
    expect(
      changeNotice(base, { ...base, notes: [{ id: "n1" }], changedBy: ben }, ana, nameOf, isMember),
    ).toBe("Ben added a note.");
  });

  it("says nothing for the reader's own change, a customer's, or a thread they do not own", () => {
    expect(
      changeNotice(base, { ...base, status: "pending", changedBy: ana }, ana, nameOf, isMember),
    ).toBeNull();
    expect(
      changeNotice(base, { ...base, status: "open", changedBy: "jo@customer.test" }, ana, nameOf, isMember),
    ).toBeNull();
    expect(
      changeNotice(base, { ...base, status: "pending", changedBy: ben }, ben, nameOf, isMember),
    ).toBeNull();
    // A snapshot with nothing new (a heartbeat's doc rewrite, the same state again) is not news.
    expect(changeNotice(base, { ...base, changedBy: ben }, ana, nameOf, isMember)).toBeNull();
  });
});

describe("readSnoozeInput", () => {
  const now = Date.UTC(2026, 10, 23, 16, 0); // Mon 17:00 in Amsterdam, 11:00 in New York

  it("reads typed 09:00 on the wall of the zone the picker names", () => {
    expect(readSnoozeInput("2026-11-24T09:00", "Europe/Amsterdam", now)).toEqual({
      ok: true,
      until: Date.UTC(2026, 10, 24, 8, 0),
    });
    expect(readSnoozeInput("2026-11-24T09:00", "America/New_York", now)).toEqual({
      ok: true,
      until: Date.UTC(2026, 10, 24, 14, 0),
    });
  });

  it("refuses a time already past with a sentence", () => {
    // 12:00 is still ahead in New York (11:00) but past in Amsterdam (17:00).
    expect(readSnoozeInput("2026-11-23T12:00", "Europe/Amsterdam", now)).toEqual({
      ok: false,
      sentence: "That time has already passed in Amsterdam: choose a later one.",
    });
    expect(readSnoozeInput("2026-11-23T12:00", "America/New_York", now).ok).toBe(true);
    expect(readSnoozeInput("", "Europe/Amsterdam", now).ok).toBe(false);
  });
});
