import { heldNoticeId, heldNotices } from "./outbox";
import type { SlaNotice } from "../notify/types";

const NOTICE: SlaNotice = {
  org: "acme",
  mailboxId: "support",
  conversationKey: "c_0000000001",
  eventId: "sla_warned_1",
  kind: "warned",
  clock: "first_response",
  cycle: 1,
  dueAt: 1,
  level: null,
  subject: "Order",
  assignee: "ana@acme.test",
  recipients: ["lena@acme.test"],
  skipped: [
    { email: "ana@acme.test", reason: "quiet_hours", notBefore: 2_000 },
    { email: "ben@acme.test", reason: "quiet_hours", notBefore: 2_000 },
    { email: "chen@acme.test", reason: "quiet_hours", notBefore: 3_000 },
    { email: "ghost@elsewhere.test", reason: "not_a_member" },
  ],
  channels: ["email", "slack"],
  at: 1_000,
  timeZone: "UTC",
};

describe("heldNotices", () => {
  it("keeps one email per instant for the members in quiet hours, under its own id", () => {
    expect(heldNotices(NOTICE).slice(0, 1)).toEqual([
      {
        notBefore: 2_000,
        notice: {
          ...NOTICE,
          eventId: heldNoticeId(NOTICE.eventId, 2_000),
          recipients: ["ana@acme.test", "ben@acme.test"],
          skipped: [],
          channels: ["email"],
        },
      },
    ]);
    expect(heldNotices(NOTICE)[1]).toMatchObject({
      notBefore: 3_000,
      notice: { recipients: ["chen@acme.test"] },
    });
    expect(heldNoticeId(NOTICE.eventId, 2_000)).not.toBe(NOTICE.eventId);
  });

  it("holds nothing when the rule sends no email (the channels are the team's, sent already)", () => {
    expect(heldNotices({ ...NOTICE, channels: ["slack"] })).toEqual([]);
  });
});
