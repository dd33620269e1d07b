import { followUpLine } from "./followup-line";

const NOW = Date.parse("2026-11-23T15:00:00+01:00"); // Mon
const TUE_9 = Date.parse("2026-11-24T09:00:00+01:00");

describe("followUpLine", () => {
  it("says when the reminder comes, on the mailbox's clock", () => {
    expect(followUpLine({ followUp: { dueAt: TUE_9, by: "ana@x.test" } }, NOW, "Europe/Amsterdam")).toBe(
      "Reminder Tue 09:00 if no reply",
    );
  });

  it("says the reader's time too when their clock differs", () => {
    const line = followUpLine({ followUp: { dueAt: TUE_9, by: "a@x.test" } }, NOW, {
      mailboxZone: "Europe/Amsterdam",
      readerZone: "America/New_York",
    });
    expect(line).toBe("Reminder Tue 09:00 Amsterdam · Tue 03:00 your time if no reply");
  });

  it("says Follow-up due once it fired (Snooze ended for a snooze), and nothing without one", () => {
    expect(followUpLine({ followUpDue: { at: NOW, dueAt: NOW, reason: "no_reply" } }, NOW, "UTC")).toBe(
      "Follow-up due",
    );
    expect(followUpLine({ followUpDue: { at: NOW, dueAt: NOW, reason: "snooze" } }, NOW, "UTC")).toBe(
      "Snooze ended",
    );
    expect(followUpLine({}, NOW, "UTC")).toBeNull();
  });
});
