import { sidebarViewSchema } from "../api/domain-schemas";
import { sidebarView, type SidebarInput } from "./sidebar-view";
import { MINUTE, MON, TUE, ZONE, ams, clock, conversation, members } from "../../test/view/fixtures";

const now = ams(MON, 9, 17, 50);

function input(patch: Partial<SidebarInput> = {}): SidebarInput {
  return {
    conversation: conversation({ assignee: "ben@demo.baton.test", assignedAt: ams(MON, 9, 5) }),
    sla: {
      priority: "normal",
      clocks: [
        clock({ leftMs: 42 * MINUTE + 10_000 }),
        clock({ kind: "resolution", dueAt: ams(TUE, 11), leftMs: 8 * 60 * MINUTE, warnAt: ams(TUE, 9) }),
      ],
      nextCheckAt: ams(MON, 9, 45),
    },
    me: { email: "ana@demo.baton.test", role: "agent" },
    nowMs: now,
    members,
    presence: [{ email: "ben@demo.baton.test", state: "replying", at: now - 1_000 }],
    timeZone: ZONE,
    ...patch,
  };
}

describe("sidebarView", () => {
  it("assembles everything a sidebar shows", () => {
    const view = sidebarView(input());
    expect(view).toMatchObject({
      key: "c_0123456789abcdef",
      ownerLine: "Ben, since 09:05",
      ownerEmail: "ben@demo.baton.test",
      ownedByMe: false,
      statusLabel: "Open",
      priorityLabel: "Normal",
      tags: ["billing"],
      presenceLine: "Ben is replying",
      timeZone: ZONE,
      asOf: now,
      nextDeadline: ams(MON, 10),
    });
    expect(view.buttons).toMatchObject({
      claim: false,
      release: false,
      assign: false,
      tag: true,
      note: true,
    });
    expect(view.clocks.map((c) => [c.label, c.tone, c.text, c.deadlineText])).toEqual([
      ["First reply", "ok", "Reply by 10:00 — 42 min left", "Reply by 10:00 — 42 min left"],
      [
        "Resolution",
        "ok",
        "Resolve by Tue 11:00 — 8 h of business time left",
        "Resolve by Tue 11:00 — 8 h of business time left",
      ],
    ]);
  });

  it("is plain JSON that the response schema accepts", () => {
    const view = sidebarView(input());
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(sidebarViewSchema.parse(view)).toEqual(view);
  });

  it("carries the snooze end into paused clocks and leaves them out of the next deadline", () => {
    const snoozed = conversation({ status: "snoozed", snoozedUntil: ams(TUE, 9) });
    const paused = clock({ state: "paused", pausedReason: "snoozed", dueAt: null, warnAt: null });
    const view = sidebarView(
      input({ conversation: snoozed, sla: { priority: "normal", clocks: [paused], nextCheckAt: null } }),
    );
    expect(view.clocks[0]).toMatchObject({
      tone: "paused",
      text: "Paused — snoozed until Tue 09:00",
      snoozedUntil: ams(TUE, 9),
    });
    expect(view.nextDeadline).toBeNull();
    expect(view.statusLabel).toBe("Snoozed");
  });

  it("counts a clock waiting for business hours towards the next deadline", () => {
    const night = clock({
      state: "paused",
      pausedReason: "outside_business_hours",
      resumesAt: ams(TUE, 9),
      dueAt: ams(TUE, 9, 30),
      leftMs: 30 * MINUTE,
    });
    const met = clock({ kind: "resolution", state: "met", dueAt: ams(MON, 11), stoppedAt: ams(MON, 10) });
    const view = sidebarView(
      input({ nowMs: ams(MON, 20), sla: { priority: "normal", clocks: [met, night], nextCheckAt: null } }),
    );
    expect(view.nextDeadline).toBe(ams(TUE, 9, 30));
  });

  it("shows my own claim with Release and without Claim", () => {
    const mine = conversation({ assignee: "ana@demo.baton.test", assignedAt: ams(MON, 9, 5) });
    const view = sidebarView(input({ conversation: mine, presence: [] }));
    expect(view).toMatchObject({ ownerLine: "You, since 09:05", ownedByMe: true, presenceLine: null });
    expect(view.buttons).toMatchObject({ claim: false, release: true });
  });

  it("says the follow-up sentence both sidebars show: pending, then due, else null", () => {
    expect(sidebarView(input()).followUp).toBeNull();
    const pending = conversation({ followUp: { dueAt: ams(TUE, 9), by: "ana@demo.baton.test" } });
    expect(sidebarView(input({ conversation: pending })).followUp).toBe("Reminder Tue 09:00 if no reply");
    const due = conversation({ followUpDue: { at: now, dueAt: now, reason: "no_reply" } });
    expect(sidebarView(input({ conversation: due })).followUp).toBe("Follow-up due");
  });
});
