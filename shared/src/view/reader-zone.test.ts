import fc from "fast-check";
import { wallClockAt } from "../time";
import { countdownText } from "./countdown-text";
import { formatDeadline, formatSince, formatWhen, zoneLabel } from "./format-when";
import { instantFromLocalInput, localInputValue } from "./local-input";
import { ownerLine } from "./owner-line";
import { zoneWallAt } from "./zone-clock";

const AMS = "Europe/Amsterdam";
const NY = "America/New_York";
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Tue 24 Nov 2026: Amsterdam is UTC+1, New York UTC-5 (6 h apart). */
const now = Date.UTC(2026, 10, 24, 7, 10); // 08:10 Amsterdam, 02:10 New York
const nineAms = Date.UTC(2026, 10, 24, 8, 0);

describe("times on the reader's clock", () => {
  it("writes both clocks, labelled, when the reader's differs from the mailbox's", () => {
    expect(formatDeadline(nineAms, { mailboxZone: AMS, readerZone: NY, nowMs: now })).toBe(
      "Reply by 09:00 Amsterdam · 03:00 your time",
    );
    expect(formatSince(Date.UTC(2026, 10, 24, 11, 50), now, { mailboxZone: AMS, readerZone: NY })).toBe(
      "since 12:50 Amsterdam · 06:50 your time",
    );
  });

  it("writes the mailbox's clock alone when the reader's shows the same time", () => {
    expect(formatDeadline(nineAms, { mailboxZone: AMS, readerZone: AMS, nowMs: now })).toBe("Reply by 09:00");
    // Paris is another zone with the same offset: nothing to tell apart.
    expect(formatDeadline(nineAms, { mailboxZone: AMS, readerZone: "Europe/Paris", nowMs: now })).toBe(
      "Reply by 09:00",
    );
    // Unknown or absent reader zone: as before readers' zones were known.
    expect(formatWhen(nineAms, now, { mailboxZone: AMS, readerZone: "Mars/Olympus" })).toBe("09:00");
    expect(formatWhen(nineAms, now, { mailboxZone: AMS, readerZone: null })).toBe("09:00");
  });

  it("gives each clock its own day", () => {
    // Wed 01:00 in Amsterdam is Tue 19:00 in New York; each side is read against its own today.
    const late = Date.UTC(2026, 10, 25, 0, 0);
    expect(formatWhen(late, now, { mailboxZone: AMS, readerZone: NY })).toBe(
      "Wed 01:00 Amsterdam · 19:00 your time",
    );
  });

  it("uses the mailbox's label when given one", () => {
    expect(
      formatWhen(nineAms, now, { mailboxZone: AMS, readerZone: NY, mailboxLabel: "Support (CET)" }),
    ).toBe("09:00 Support (CET) · 03:00 your time");
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneLabel("UTC")).toBe("UTC");
  });

  it("tracks the weeks when only one of the two zones has changed to summer time", () => {
    // New York springs forward on 8 March 2026, Amsterdam on 29 March: 5 h apart in between.
    const between = Date.UTC(2026, 2, 16, 8, 0); // Mon 16 Mar, 09:00 Amsterdam (UTC+1), 04:00 NY (UTC-4)
    expect(formatWhen(between, between, { mailboxZone: AMS, readerZone: NY })).toBe(
      "09:00 Amsterdam · 04:00 your time",
    );
    const after = Date.UTC(2026, 2, 30, 7, 0); // Mon 30 Mar, 09:00 Amsterdam (UTC+2), 03:00 NY
    expect(formatWhen(after, after, { mailboxZone: AMS, readerZone: NY })).toBe(
      "09:00 Amsterdam · 03:00 your time",
    );
  });

  it("labels a pair of zones exactly when their offsets differ at that instant, across DST", () => {
    const zones = [AMS, NY, "Europe/London", "Europe/Lisbon", "Asia/Kolkata", "Australia/Sydney", "UTC"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        (t, mailboxZone, readerZone) => {
          const text = formatWhen(t, t, { mailboxZone, readerZone });
          const differ = zoneWallAt(mailboxZone, t).offsetMs !== zoneWallAt(readerZone, t).offsetMs;
          expect(text.includes(" · ")).toBe(differ);
          // Intl and the calendar engine (luxon) read the same wall clock.
          expect(text.startsWith(wallClockAt(mailboxZone, t).hhmm)).toBe(true);
          if (differ) expect(text.endsWith(`${wallClockAt(readerZone, t).hhmm} your time`)).toBe(true);
        },
      ),
    );
  });

  it("reaches every sentence with a time: clock lines and the owner line", () => {
    const zones = { mailboxZone: AMS, readerZone: NY };
    const clock = {
      kind: "first_response" as const,
      state: "running" as const,
      dueAt: nineAms,
      warnAt: null,
      leftMs: 50 * MINUTE,
      usedMs: 10 * MINUTE,
      targetMs: HOUR,
      stoppedAt: null,
      pausedReason: null,
      resumesAt: null,
      closesAt: null,
      snoozedUntil: null,
      asOf: now,
    };
    expect(countdownText(clock, now, zones)).toBe("Reply by 09:00 Amsterdam · 03:00 your time — 50 min left");
    const assigned = { assignee: "ana@demo.baton.test", assignedAt: Date.UTC(2026, 10, 24, 6, 50) };
    expect(ownerLine(assigned, "ana@demo.baton.test", () => "Ana", now, zones)).toBe(
      "You, since 07:50 Amsterdam · 01:50 your time",
    );
  });
});

describe("pickers read in the zone they show", () => {
  it("fills and reads a datetime-local value on the given zone's wall, whatever the runtime's zone", () => {
    expect(localInputValue(nineAms, AMS)).toBe("2026-11-24T09:00");
    expect(localInputValue(nineAms, NY)).toBe("2026-11-24T03:00");
    expect(instantFromLocalInput("2026-11-24T09:00", AMS)).toBe(nineAms);
    expect(instantFromLocalInput("2026-11-24T03:00", NY)).toBe(nineAms);
  });

  it("reads the DST nights the way the calendar engine does", () => {
    // 29 Mar 2026 02:30 does not exist in Amsterdam (02:00 -> 03:00): read with the offset before,
    // so 03:30 CEST = 01:30 UTC. 25 Oct 02:30 occurs twice: the earlier, 02:30 CEST = 00:30 UTC.
    expect(instantFromLocalInput("2026-03-29T02:30", AMS)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(instantFromLocalInput("2026-10-25T02:30", AMS)).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it("refuses what is no date and time on any wall", () => {
    for (const text of [
      "",
      "2026-11-24",
      "2026-02-30T09:00",
      "2026-11-24T24:00",
      "tomorrow 9",
      "2026-13-01T09:00",
    ])
      expect(instantFromLocalInput(text, AMS)).toBeNull();
    expect(instantFromLocalInput("2026-11-24T09:00", "Mars/Olympus")).toBeNull();
  });

  it("round-trips every minute, but for the repeated hour of a fall-back night", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(AMS, NY, "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo"),
        (t, zone) => {
          const shown = localInputValue(t, zone);
          const read = instantFromLocalInput(shown, zone);
          expect(read).not.toBeNull();
          expect(localInputValue(read ?? 0, zone)).toBe(shown);
          const minute = t - (t % MINUTE);
          // The second pass through a repeated hour reads as the first (as the engine resolves it).
          expect([0, HOUR]).toContain(minute - (read ?? 0));
        },
      ),
    );
  });
});
