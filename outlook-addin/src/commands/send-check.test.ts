import { decideSend, outboundObservation, RECENT_REPLY_MS } from "./send-check";

const now = Date.UTC(2026, 2, 9, 10, 0, 0);
const members = [{ email: "ana@demo.baton.test", name: "Ana" }];
const me = "ben@demo.baton.test";

describe("decideSend", () => {
  it("warns when a teammate replied a few minutes ago", () => {
    const decision = decideSend(
      { assignee: null, lastReplyBy: "ana@demo.baton.test", lastOutboundAt: now - 2 * 60_000 },
      me,
      members,
      now,
    );
    expect(decision).toEqual({ allow: false, message: "Ana already replied 2 min ago — send anyway?" });
  });

  it("warns when a teammate owns the conversation", () => {
    expect(
      decideSend(
        { assignee: "ana@demo.baton.test", lastReplyBy: null, lastOutboundAt: null },
        me,
        members,
        now,
      ),
    ).toEqual({ allow: false, message: "Ana owns this conversation — send anyway?" });
  });

  it("lets my own replies and old teammate replies through", () => {
    expect(
      decideSend({ assignee: me, lastReplyBy: me, lastOutboundAt: now - 1000 }, me, members, now),
    ).toEqual({
      allow: true,
    });
    expect(
      decideSend(
        { assignee: null, lastReplyBy: "ana@demo.baton.test", lastOutboundAt: now - RECENT_REPLY_MS - 1 },
        me,
        members,
        now,
      ),
    ).toEqual({ allow: true });
  });

  it("warns when a teammate is writing a reply right now, and ignores my own compose pane and viewers", () => {
    const conversation = { assignee: null, lastReplyBy: null, lastOutboundAt: null };
    expect(
      decideSend(conversation, me, members, now, [{ email: "ANA@demo.baton.test", state: "replying" }]),
    ).toEqual({ allow: false, message: "Ana is replying to this conversation — send anyway?" });
    expect(
      decideSend(conversation, me, members, now, [
        { email: me, state: "replying" },
        { email: "ana@demo.baton.test", state: "viewing" },
      ]),
    ).toEqual({ allow: true });
  });

  it("compares addresses case-insensitively", () => {
    expect(
      decideSend({ assignee: "BEN@demo.baton.test", lastReplyBy: null, lastOutboundAt: null }, me, [], now),
    ).toEqual({ allow: true });
  });
});

describe("outboundObservation", () => {
  it("reports the reply as sent by me, in reply to the message the pane showed", () => {
    const request = outboundObservation(
      {
        conversationId: "AAQk1",
        subject: "Re: Refund",
        from: me,
        to: ["jo@customer.test"],
        cc: [],
        mailbox: me,
        agent: me,
      },
      { key: "c_0123456789", lastMessageId: "<m1@customer.test>" },
      now,
      "0f1e2d",
    );
    expect(request).toEqual({
      mailbox: me,
      platform: "outlook",
      platformThreadId: "AAQk1",
      messages: [
        {
          messageId: "<baton-send-0f1e2d@outlook.invalid>",
          inReplyTo: "<m1@customer.test>",
          references: "<m1@customer.test>",
          from: me,
          to: ["jo@customer.test"],
          subject: "Re: Refund",
          sentAt: "2026-03-09T10:00:00.000Z",
        },
      ],
    });
  });
});
