import { translatorFor } from "../i18n/all";
import { explainWaiting } from "../routing/explain";
import { formatDuration, formatTicker } from "../time/format-duration";
import { MINUTE, MON, TUE, ZONE, ams, clock, conversation, members } from "../../test/view/fixtures";
import { awayLine } from "./away-line";
import { countdownText, gmailDeadlineText } from "./countdown-text";
import { csatLine } from "./csat-line";
import { followUpLine } from "./followup-line";
import { formatStamp } from "./format-stamp";
import { formatAgo, formatSince, formatWhen } from "./format-when";
import { clockLabel, priorityLabel, statusLabel } from "./labels";
import { agoText, lostRaceText } from "./lost-race";
import { nameLookup } from "./member-names";
import { ownerLine } from "./owner-line";
import { formatCount } from "./plural";
import { presenceLine } from "./presence-line";
import { queueDeadlineText } from "./queue-deadline";
import { routingReasons } from "./routing-reasons";
import { sidebarView } from "./sidebar-view";

/** The view's sentences in Dutch (issue 18): the same instants and clocks the English tests read. */
const nl = translatorFor(["nl"]);
const en = translatorFor(["en"]);
const HOUR = 60 * MINUTE;

describe("times in Dutch", () => {
  const now = ams(MON, 10, 42);

  it("writes weekdays and months from Intl in Dutch, 24-hour, on the mailbox's clock", () => {
    expect(formatWhen(ams(MON, 14, 30), now, ZONE, nl)).toBe("14:30");
    expect(formatWhen(ams(TUE, 9), now, ZONE, nl)).toBe("di 09:00");
    expect(formatWhen(ams(17, 9), now, ZONE, nl)).toBe("17 mrt 09:00");
    expect(formatWhen(Date.UTC(2024, 11, 24, 8), now, ZONE, nl)).toBe("24 dec 2024 09:00");
    // The English translator keeps today's English.
    expect(formatWhen(ams(TUE, 9), now, ZONE, en)).toBe("Tue 09:00");
    expect(formatWhen(Date.UTC(2025, 8, 24, 7), now, ZONE, en)).toBe("24 Sep 09:00");
  });

  it("reads wall time across the spring-forward night", () => {
    // Sunday 30 March 2025, 01:00 UTC is 03:00 CEST; a week on it is "zo" with the summer offset.
    expect(formatWhen(Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 2, 29, 12), ZONE, nl)).toBe("zo 03:00");
    expect(formatWhen(Date.UTC(2025, 2, 31, 7), Date.UTC(2025, 2, 29, 12), ZONE, nl)).toBe("ma 09:00");
  });

  it("labels the reader's own clock", () => {
    const zones = { mailboxZone: ZONE, readerZone: "America/New_York" };
    expect(formatWhen(ams(TUE, 9), now, zones, nl)).toBe("di 09:00 Amsterdam · di 04:00 jouw tijd");
  });

  it("says just now, ago and since", () => {
    expect(formatAgo(now - 20_000, now, ZONE, nl)).toBe("zojuist");
    expect(formatAgo(now - 5 * MINUTE, now, ZONE, nl)).toBe("5 min geleden");
    expect(formatAgo(now - 3 * HOUR - 5 * MINUTE, now, ZONE, nl)).toBe("3 u geleden");
    expect(formatSince(ams(MON, 9, 5), now, ZONE, nl)).toBe("sinds 09:05");
    expect(agoText(now - 2_000, now, nl)).toBe("2 s geleden");
  });

  it("stamps records with Dutch day and month names", () => {
    expect(formatStamp(ams(MON, 13, 20), ZONE, {}, nl)).toBe("ma 10 mrt 13:20");
    expect(formatStamp(ams(MON, 13, 20), ZONE, { withYear: true }, nl)).toBe("ma 10 mrt 2025 13:20");
  });
});

describe("durations in Dutch", () => {
  it.each([
    [47 * MINUTE, "47 min"],
    [6 * HOUR + 23 * MINUTE, "6 u 23 min"],
    [2 * HOUR, "2 u"],
    [3 * 24 * HOUR + 2 * HOUR, "3 d 2 u"],
    [20_000, "minder dan 1 min"],
  ])("%d ms -> %s", (ms, text) => {
    expect(formatDuration(ms, {}, nl)).toBe(text);
  });

  it("ticks in seconds", () => {
    expect(formatTicker(HOUR + 2 * MINUTE + 10_000, nl)).toBe("1 u 2 min 10 s");
    expect(formatTicker(HOUR + 2 * MINUTE + 10_000, en)).toBe("1 h 2 min 10 s");
  });
});

describe("clock lines in Dutch", () => {
  it("counts down inside today's hours", () => {
    const running = clock({ dueAt: ams(MON, 10), leftMs: 42 * MINUTE + 10_000 });
    const now = ams(MON, 9, 17, 50);
    expect(countdownText(running, now, ZONE, {}, nl)).toBe("Reactie verwacht vóór 10:00 — nog 42 min");
    expect(countdownText(running, now, ZONE, { seconds: true }, nl)).toBe(
      "Reactie verwacht vóór 10:00 — nog 42 min 10 s",
    );
    expect(countdownText({ ...running, asOf: now }, ams(MON, 10), ZONE, {}, nl)).toBe("Reactie nu verwacht");
  });

  it("counts business time across closed hours", () => {
    // Mon 16:30, 60 min of business time left on 09-17: due Tue 09:30.
    const now = ams(MON, 16, 30);
    const late = { ...clock({ dueAt: ams(TUE, 9, 30), leftMs: HOUR, closesAt: ams(MON, 17) }), asOf: now };
    expect(countdownText(late, now, ZONE, {}, nl)).toBe(
      "Reactie verwacht vóór di 09:30 — nog 1 u kantoortijd",
    );
    expect(gmailDeadlineText(late, ams(MON, 16, 48), ZONE, nl)).toBe(
      "Reactie verwacht vóór di 09:30 — nog 42 min kantoortijd",
    );
    const long = clock({ dueAt: ams(TUE, 16, 23), leftMs: 6 * HOUR + 23 * MINUTE, closesAt: ams(MON, 17) });
    expect(countdownText({ ...long, asOf: ams(MON, 17) }, ams(MON, 17), ZONE, {}, nl)).toBe(
      "Reactie verwacht vóór di 16:23 — nog 6 u 23 min kantoortijd",
    );
    expect(countdownText({ ...long, asOf: ams(MON, 17) }, ams(MON, 17), ZONE, {}, en)).toBe(
      "Reply by Tue 16:23 — 6 h 23 min of business time left",
    );
  });

  it("says paused, resumes, breached and met", () => {
    const weekend = clock({
      state: "paused",
      pausedReason: "outside_business_hours",
      resumesAt: ams(MON, 9),
      dueAt: ams(MON, 9, 30),
      leftMs: 30 * MINUTE,
    });
    expect(countdownText(weekend, ams(8, 12), ZONE, {}, nl)).toBe(
      "Gepauzeerd — buiten kantooruren, loopt weer vanaf ma 09:00",
    );
    const pending = clock({ state: "paused", pausedReason: "pending", dueAt: null, warnAt: null });
    expect(countdownText(pending, ams(MON, 11), ZONE, {}, nl)).toBe("Gepauzeerd — wacht op klant");
    const overdue = clock({ dueAt: ams(MON, 10) });
    expect(countdownText(overdue, ams(MON, 10, 0, 30), ZONE, {}, nl)).toBe("Zojuist verlopen");
    expect(countdownText(overdue, ams(MON, 11, 5), ZONE, {}, nl)).toBe("1 u 5 min geleden verlopen");
    const met = clock({ state: "met", usedMs: 47 * MINUTE });
    expect(countdownText(met, ams(MON, 11), ZONE, {}, nl)).toBe("Gehaald in 47 min");
  });

  it("words a queue row's deadline", () => {
    const item = { nextDeadline: ams(MON, 12, 23), nextDeadlineClock: "resolution" as const };
    expect(queueDeadlineText(item, ams(MON, 9, 18), ZONE, nl)).toBe("Oplossen vóór 12:23 — nog 3 u 5 min");
    expect(queueDeadlineText({ nextDeadline: null, nextDeadlineClock: null }, 0, ZONE, nl)).toBe(
      "Geen deadline actief",
    );
  });
});

describe("lines and plurals in Dutch", () => {
  const nameOf = nameLookup(members);
  const now = ams(MON, 10);

  it("says who is here, with plurals", () => {
    const one = [{ email: "a", name: "Ana", state: "viewing" as const, at: now }];
    expect(presenceLine(one, nl)).toBe("Ana bekijkt dit");
    const names = ["Ana", "Ben", "Chen", "Dee"].map((name) => ({
      email: name,
      name,
      state: "replying" as const,
      at: now,
    }));
    expect(presenceLine(names.slice(0, 2), nl)).toBe("Ana en Ben zijn aan het antwoorden");
    expect(presenceLine(names.slice(0, 3), nl)).toBe("Ana, Ben en Chen zijn aan het antwoorden");
    expect(presenceLine(names, nl)).toBe("Ana, Ben en 2 anderen zijn aan het antwoorden");
    expect(presenceLine(names, en)).toBe("Ana, Ben and 2 others are replying");
  });

  it("says the owner, away, follow-up, CSAT and a lost race", () => {
    const c = conversation({ assignee: "ben@demo.baton.test", assignedAt: ams(MON, 9, 5) });
    expect(ownerLine(c, "ana@demo.baton.test", nameOf, now, ZONE, nl)).toBe("Ben, sinds 09:05");
    expect(ownerLine(c, "ben@demo.baton.test", nameOf, now, ZONE, nl)).toBe("Jij, sinds 09:05");
    expect(ownerLine(conversation({ assignee: null }), "x", nameOf, now, ZONE, nl)).toBe("Nog niet opgepakt");
    expect(awayLine(ams(TUE, 9), now, ZONE, nl)).toBe("Je bent afwezig tot di 09:00");
    expect(followUpLine({ followUp: { dueAt: ams(TUE, 9) } } as never, now, ZONE, nl)).toBe(
      "Herinnering di 09:00 als er geen reactie komt",
    );
    expect(csatLine({ rating: 4, comment: "Snel!" }, nl)).toBe("Klant gaf 4/5: “Snel!”");
    expect(lostRaceText({ owner: "ben@demo.baton.test", since: now - 3 * MINUTE }, nameOf, now, nl)).toBe(
      "Ben heeft dit 3 min geleden opgepakt.",
    );
    expect(formatCount(10250, nl)).toBe("10.250");
  });

  it("labels clocks, statuses and priorities", () => {
    expect(clockLabel("first_response", nl)).toBe("Eerste reactie");
    expect(statusLabel("pending", nl)).toBe("Wacht op klant");
    expect(priorityLabel("urgent", nl)).toBe("Urgent");
  });
});

describe("sidebarView in Dutch", () => {
  it("says every sentence with the translator it is given", () => {
    const now = ams(MON, 9, 17, 50);
    const view = sidebarView(
      {
        conversation: conversation({ assignee: "ben@demo.baton.test", assignedAt: ams(MON, 9, 5) }),
        sla: { priority: "normal", clocks: [clock({ leftMs: 42 * MINUTE })], nextCheckAt: null },
        me: { email: "ana@demo.baton.test", role: "agent" },
        nowMs: now,
        members,
        presence: [{ email: "ben@demo.baton.test", state: "replying", at: now - 1_000 }],
        timeZone: ZONE,
      },
      nl,
    );
    expect(view).toMatchObject({
      ownerLine: "Ben, sinds 09:05",
      statusLabel: "Open",
      priorityLabel: "Normaal",
      presenceLine: "Ben is aan het antwoorden",
    });
    expect(view.clocks[0]).toMatchObject({
      label: "Eerste reactie",
      text: "Reactie verwacht vóór 10:00 — nog 42 min kantoortijd",
    });
    expect(view.buttons.status.map((b) => b.label)).toEqual([
      "Open",
      "Wacht op klant",
      "Gesnoozed",
      "Opgelost",
    ]);
  });
});

describe("routing reasons in Dutch", () => {
  it("says why routing chose, with the passed-over members", () => {
    const names = new Map([
      ["ana@x.test", "Ana"],
      ["ben@x.test", "Ben"],
    ]);
    const routed = (body: object) => conversation({ routed: [{ at: ams(MON, 9), ...body }] as never });
    const assigned = routed({
      type: "assigned",
      assignee: "ana@x.test",
      routedBy: { strategy: "round_robin", skipped: [{ member: "ben@x.test", reason: "away" }] },
    });
    expect(routingReasons(assigned, names, nl)).toEqual(["Toegewezen aan Ana op volgorde (Ben afwezig)"]);
    expect(routingReasons(assigned, names, en)).toEqual(["Assigned to Ana by round-robin (Ben away)"]);
    const prioritised = routed({
      type: "priority_changed",
      to: "high",
      routedBy: { rule: { id: "r1", name: "Facturen" } },
    });
    expect(routingReasons(prioritised, names, nl)).toEqual([
      "Prioriteit op hoog gezet door regel 'Facturen'",
    ]);
    expect(explainWaiting([], names, nl)).toBe("Wacht: geen agents om het aan toe te wijzen");
  });
});
