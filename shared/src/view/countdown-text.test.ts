import { countdownText, gmailDeadlineText } from "./countdown-text";
import { MINUTE, MON, TUE, ZONE, ams, clock } from "../../test/view/fixtures";

const SECOND = 1000;

describe("countdownText", () => {
  describe("running with the deadline inside today's hours", () => {
    // First reply due Mon 10:00; at 09:17:50 there are 42 min 10 s left, all of it business time.
    const now = ams(MON, 9, 17, 50);
    const running = clock({
      dueAt: ams(MON, 10),
      leftMs: 42 * MINUTE + 10 * SECOND,
      usedMs: 17 * MINUTE + 50 * SECOND,
    });

    it("reads in minutes, or in seconds for the ticking pane", () => {
      expect(countdownText(running, now, ZONE)).toBe("Reply by 10:00 — 42 min left");
      expect(countdownText(running, now, ZONE, { seconds: true })).toBe("Reply by 10:00 — 42 min 10 s left");
    });

    it("keeps ticking from the view's instant without a round trip", () => {
      const view = { ...running, asOf: now };
      // 10 s later: 42:10 - 0:10 = 42:00.
      expect(countdownText(view, now + 10 * SECOND, ZONE, { seconds: true })).toBe(
        "Reply by 10:00 — 42 min 0 s left",
      );
      expect(countdownText(view, ams(MON, 10), ZONE)).toBe("Reply due now");
      // Measured at the due instant itself, the engine reports no time left and due = now.
      expect(countdownText(clock({ leftMs: 0, usedMs: 60 * MINUTE }), ams(MON, 10), ZONE)).toBe(
        "Reply due now",
      );
    });

    it("gives the card form with the deadline as a time", () => {
      expect(gmailDeadlineText(running, now, ZONE)).toBe("Reply by 10:00 — 42 min left");
    });

    it("names the resolution clock", () => {
      const resolution = clock({
        kind: "resolution",
        dueAt: ams(MON, 12, 23),
        leftMs: 3 * 60 * MINUTE + 5 * MINUTE,
      });
      // 09:18 + 3h 5m = 12:23.
      expect(countdownText(resolution, ams(MON, 9, 18), ZONE)).toBe("Resolve by 12:23 — 3 h 5 min left");
      expect(gmailDeadlineText(resolution, ams(MON, 9, 18), ZONE)).toBe("Resolve by 12:23 — 3 h 5 min left");
    });
  });

  it("says why a clock is paused by status", () => {
    const pending = clock({ state: "paused", pausedReason: "pending", dueAt: null, warnAt: null });
    expect(countdownText(pending, ams(MON, 11), ZONE)).toBe("Paused — waiting on customer");
    const snoozed = clock({ state: "paused", pausedReason: "snoozed", dueAt: null, warnAt: null });
    expect(countdownText({ ...snoozed, snoozedUntil: ams(TUE, 9) }, ams(MON, 11), ZONE)).toBe(
      "Paused — snoozed until Tue 09:00",
    );
    expect(countdownText(snoozed, ams(MON, 11), ZONE)).toBe("Paused — snoozed");
  });

  describe("outside business hours", () => {
    // Customer wrote Fri 16:30 on a 09-17 calendar with a 60 min target: 30 min used Friday, 30 min
    // left, so due Mon 09:30; on Saturday the clock waits for Monday 09:00.
    const saturday = ams(8, 12);
    const weekend = clock({
      state: "paused",
      pausedReason: "outside_business_hours",
      resumesAt: ams(MON, 9),
      dueAt: ams(MON, 9, 30),
      leftMs: 30 * MINUTE,
      usedMs: 30 * MINUTE,
    });

    it("says when it resumes", () => {
      expect(countdownText(weekend, saturday, ZONE)).toBe(
        "Paused — outside business hours, resumes Mon 09:00",
      );
      expect(gmailDeadlineText(weekend, saturday, ZONE)).toBe(
        "Paused — outside business hours, resumes Mon 09:00",
      );
    });

    it("counts down on its own once the hours reopen", () => {
      // Mon 09:10: 30 min left at 09:00, due 09:30, so 20 min remain.
      expect(countdownText({ ...weekend, asOf: saturday }, ams(MON, 9, 10), ZONE)).toBe(
        "Reply by 09:30 — 20 min left",
      );
    });

    it("says a used-up clock breaches at the next opening", () => {
      // Mon 16:00 + 60 min on 09-17: used up at 17:00, due Tue 09:00 (the latest instant with 60 min used).
      const usedUp = clock({
        state: "paused",
        pausedReason: "outside_business_hours",
        resumesAt: ams(TUE, 9),
        dueAt: ams(TUE, 9),
        leftMs: 0,
        usedMs: 60 * MINUTE,
      });
      expect(countdownText(usedUp, ams(MON, 17, 30), ZONE)).toBe(
        "No business time left — breaches Tue 09:00",
      );
      expect(gmailDeadlineText(usedUp, ams(MON, 17, 30), ZONE)).toBe(
        "No business time left — breaches Tue 09:00",
      );
    });
  });

  describe("when the deadline lies after closed hours", () => {
    // Mon 16:30 with 60 min of business time left on 09-17: 30 min today (the stretch closes at
    // 17:00), 30 min Tuesday -> due Tue 09:30.
    const now = ams(MON, 16, 30);
    const late = {
      ...clock({ dueAt: ams(TUE, 9, 30), leftMs: 60 * MINUTE, closesAt: ams(MON, 17) }),
      asOf: now,
    };

    it("gives the instant and the business time left, the same in both forms", () => {
      expect(countdownText(late, now, ZONE)).toBe("Reply by Tue 09:30 — 1 h of business time left");
      expect(countdownText(late, now, ZONE, { seconds: true })).toBe(
        "Reply by Tue 09:30 — 1 h of business time left",
      );
      expect(gmailDeadlineText(late, now, ZONE)).toBe("Reply by Tue 09:30 — 1 h of business time left");
    });

    it("runs the business time down while the stretch is open, from the view alone", () => {
      // 16:48: 18 min of the 30 left today are gone, 42 min remain in all.
      const later = ams(MON, 16, 48);
      expect(countdownText(late, later, ZONE, { seconds: true })).toBe(
        "Reply by Tue 09:30 — 42 min of business time left",
      );
      expect(gmailDeadlineText(late, later, ZONE)).toBe("Reply by Tue 09:30 — 42 min of business time left");
      // At 17:00 sharp 30 min remain; after the close the pane cannot know when the calendar reopens,
      // so it gives the instant alone rather than a number that may be stale.
      expect(countdownText(late, ams(MON, 17), ZONE)).toBe(
        "Reply by Tue 09:30 — 30 min of business time left",
      );
      expect(countdownText(late, ams(MON, 17, 1), ZONE)).toBe("Reply by Tue 09:30");
      // Overnight, 30 min are still left (nothing accrues after 17:00), however long the pane stays open.
      expect(countdownText(late, ams(MON, 23), ZONE)).toBe("Reply by Tue 09:30");
    });

    it("says when the business time runs out at the close, and that it then breaches at the opening", () => {
      // Mon 16:30 with 30 min left: used up at 17:00, due Tue 09:00 (the latest instant with it used).
      const exact = {
        ...clock({ dueAt: ams(TUE, 9), leftMs: 30 * MINUTE, closesAt: ams(MON, 17) }),
        asOf: now,
      };
      expect(countdownText(exact, ams(MON, 16, 50), ZONE)).toBe(
        "Reply by Tue 09:00 — 10 min of business time left",
      );
      expect(countdownText(exact, ams(MON, 17, 30), ZONE)).toBe("No business time left — breaches Tue 09:00");
      expect(gmailDeadlineText(exact, ams(MON, 17, 30), ZONE)).toBe(
        "No business time left — breaches Tue 09:00",
      );
    });

    it("gives the instant alone for a view without closesAt (an older backend)", () => {
      const { closesAt: _dropped, ...older } = late;
      expect(countdownText(older, now + MINUTE, ZONE)).toBe("Reply by Tue 09:30");
      expect(gmailDeadlineText(older, now, ZONE)).toBe("Reply by Tue 09:30 — 1 h of business time left");
    });

    it("keeps business time in hours, never business 'days'", () => {
      const resolution = clock({
        kind: "resolution",
        dueAt: ams(14, 12),
        leftMs: 26 * 60 * MINUTE,
        closesAt: ams(MON, 17),
      });
      expect(countdownText(resolution, now, ZONE)).toBe("Resolve by Fri 12:00 — 26 h of business time left");
    });
  });

  describe("breached", () => {
    const breached = clock({ state: "breached", dueAt: ams(MON, 10), leftMs: -65 * MINUTE, warnAt: null });

    it("says how long ago", () => {
      // 11:05 - 10:00 = 1h 5m.
      expect(countdownText(breached, ams(MON, 11, 5), ZONE)).toBe("Breached 1 h 5 min ago");
      expect(countdownText(breached, ams(MON, 11, 5), ZONE, { seconds: true })).toBe(
        "Breached 1 h 5 min ago",
      );
      expect(gmailDeadlineText(breached, ams(MON, 11, 5), ZONE)).toBe("Breached 1 h 5 min ago");
    });

    it("turns a ticking countdown into a breach once past due", () => {
      const view = { ...clock(), asOf: ams(MON, 9, 50) };
      expect(countdownText(view, ams(MON, 10, 0, 30), ZONE)).toBe("Breached just now");
      expect(countdownText(view, ams(MON, 10, 5), ZONE)).toBe("Breached 5 min ago");
    });

    it("says by how much when the reply came late", () => {
      expect(countdownText({ ...breached, stoppedAt: ams(MON, 10, 20) }, ams(MON, 12), ZONE)).toBe(
        "Breached by 20 min",
      );
    });
  });

  it("says how much business time a met clock took", () => {
    const met = clock({ state: "met", stoppedAt: ams(MON, 9, 35), usedMs: 35 * MINUTE, dueAt: ams(MON, 10) });
    expect(countdownText(met, ams(MON, 12), ZONE)).toBe("Met in 35 min");
    expect(gmailDeadlineText(met, ams(MON, 12), ZONE)).toBe("Met in 35 min");
  });
});
