// The view over the real SLA engine: what a sidebar says as one first-response clock lives through an
// afternoon, a closed night and a breach. Calendar: Mon–Fri 09:00–17:00 Amsterdam; first reply 60 min,
// warning at 75% (45 min). Monday 10 March 2025, UTC+1.
import type { ConversationEvent } from "../conversation/types";
import { slaState } from "../sla";
import type { SlaPolicy } from "../sla/types";
import type { BusinessCalendar } from "../time";
import { countdownText } from "./countdown-text";
import { sidebarView } from "./sidebar-view";
import { MON, TUE, ZONE, ams, conversation, members } from "../../test/view/fixtures";

const HOURS: Array<[string, string]> = [["09:00", "17:00"]];
const calendar: BusinessCalendar = {
  timeZone: ZONE,
  weekly: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
};
const tier = { firstResponseMinutes: 60 };
const policy: SlaPolicy = {
  tiers: { low: tier, normal: tier, high: tier, urgent: tier },
  warningThreshold: 0.75,
  pauseStatuses: ["pending", "snoozed"],
};

function inbound(at: number): ConversationEvent {
  return {
    id: `in-${at}`,
    at,
    actor: "system",
    type: "message_received",
    messageId: `<${at}@customer.test>`,
    from: "c@customer.test",
    subject: "Help",
    sentAt: at,
  };
}

function firstClock(events: ConversationEvent[], nowMs: number) {
  const view = sidebarView({
    conversation: conversation(),
    sla: slaState(events, policy, calendar, nowMs),
    me: { email: "ana@demo.baton.test", role: "agent" },
    nowMs,
    members,
    presence: [],
    timeZone: ZONE,
  });
  return view.clocks[0]!;
}

describe("sidebar clocks over the SLA engine", () => {
  const fourPm = [inbound(ams(MON, 16))];

  it("counts down inside the open stretch", () => {
    // 15:30 + 60 min = 16:30, before the close: at 15:47:50, 42 min 10 s left.
    const halfPastThree = [inbound(ams(MON, 15, 30))];
    const clock = firstClock(halfPastThree, ams(MON, 15, 47, 50));
    expect([clock.tone, clock.text, clock.deadlineText]).toEqual([
      "ok",
      "Reply by 16:30 — 42 min left",
      "Reply by 16:30 — 42 min left",
    ]);
    expect(countdownText(clock, ams(MON, 15, 47, 50), ZONE, { seconds: true })).toBe(
      "Reply by 16:30 — 42 min 10 s left",
    );
    // Amber strictly after 15:30 + 45 min = 16:15.
    expect(firstClock(halfPastThree, ams(MON, 16, 15)).tone).toBe("ok");
    expect(firstClock(halfPastThree, ams(MON, 16, 20))).toMatchObject({
      tone: "warning",
      text: "Reply by 16:30 — 10 min left",
    });
  });

  it("gives the breach instant when the time runs out exactly at closing", () => {
    // 16:00 + 60 min: used up at 17:00, and the latest instant with 60 min used is Tue 09:00, so the
    // engine's due is Tue 09:00; both forms add the business time left today.
    const clock = firstClock(fourPm, ams(MON, 16, 17, 50));
    expect([clock.tone, clock.text, clock.deadlineText]).toEqual([
      "ok",
      "Reply by Tue 09:00 — 42 min of business time left",
      "Reply by Tue 09:00 — 42 min of business time left",
    ]);
    // The pane ticks it down alone (closesAt 17:00 came with the view), then reads as the engine would.
    expect(countdownText(clock, ams(MON, 16, 50), ZONE, { seconds: true })).toBe(
      "Reply by Tue 09:00 — 10 min of business time left",
    );
    expect(countdownText(clock, ams(MON, 17, 30), ZONE, { seconds: true })).toBe(
      firstClock(fourPm, ams(MON, 17, 30)).text,
    );
  });

  it("has no business time left overnight and breaches at the next opening", () => {
    // Used up at 17:00; the latest instant with 60 min used is Tue 09:00.
    expect(firstClock(fourPm, ams(MON, 17, 30))).toMatchObject({
      tone: "warning",
      text: "No business time left — breaches Tue 09:00",
      dueAt: ams(TUE, 9),
    });
    expect(firstClock(fourPm, ams(TUE, 9, 10))).toMatchObject({
      tone: "breached",
      text: "Breached 10 min ago",
    });
  });

  it("pauses for the night with time left, and resumes counting without a round trip", () => {
    // 16:30 + 60 min: 30 min Monday, 30 min Tuesday -> due Tue 09:30.
    const halfPast = [inbound(ams(MON, 16, 30))];
    expect(firstClock(halfPast, ams(MON, 16, 30))).toMatchObject({
      text: "Reply by Tue 09:30 — 1 h of business time left",
      closesAt: ams(MON, 17),
      tone: "ok",
    });
    const night = firstClock(halfPast, ams(MON, 20));
    expect(night).toMatchObject({
      tone: "paused",
      text: "Paused — outside business hours, resumes Tue 09:00",
    });
    expect(countdownText(night, ams(TUE, 9, 10), ZONE)).toBe("Reply by 09:30 — 20 min left");
  });

  it("pauses while waiting on the customer", () => {
    const pending: ConversationEvent = {
      id: "s1",
      at: ams(MON, 16, 10),
      actor: "ana@demo.baton.test",
      type: "status_changed",
      from: "open",
      to: "pending",
    };
    expect(firstClock([...fourPm, pending], ams(MON, 16, 30))).toMatchObject({
      tone: "paused",
      text: "Paused — waiting on customer",
    });
  });

  it("reports a met clock by the business time it took", () => {
    const reply: ConversationEvent = {
      id: "o1",
      at: ams(TUE, 9, 20),
      actor: "ana@demo.baton.test",
      type: "message_sent",
      messageId: "<r@x>",
      from: "support@demo.baton.test",
      subject: "Re: Help",
      sentAt: ams(TUE, 9, 20),
    };
    // 16:00-17:00 Monday (60 min) + 09:00-09:20 Tuesday = 80 min > 60: breached by 20 min.
    expect(firstClock([...fourPm, reply], ams(TUE, 12)).text).toBe("Breached by 20 min");
    const quick: ConversationEvent = { ...reply, at: ams(MON, 16, 35), sentAt: ams(MON, 16, 35) };
    expect(firstClock([...fourPm, quick], ams(TUE, 12))).toMatchObject({
      tone: "met",
      text: "Met in 35 min",
    });
  });
});
