import type { ConversationCommand } from "./commands";
import { emptyConversation } from "./empty-conversation";
import {
  ana,
  attempt,
  claim,
  fresh,
  given,
  inbound,
  MINUTE,
  outbound,
  refusal,
  rid,
  setStatus,
  step,
  T0,
  vic,
} from "../../test/conversation/harness";
import { isDomainError } from "../errors";

describe("record_message", () => {
  it("starts a conversation from nothing", () => {
    const result = attempt(null, inbound("<First@Example.COM>"), ana);
    if (isDomainError(result)) throw new Error(result.message);
    expect(result.events).toMatchObject([
      {
        type: "message_received",
        messageId: "First@example.com",
        subject: "Order #1042 never arrived",
        sentAt: T0,
      },
    ]);
  });

  it("counts messages, remembers ids and the latest inbound time, keeps the first subject", () => {
    const s = step(fresh(), inbound("<second@example.com>", T0 + 5 * MINUTE), ana).state;
    expect(s.messageCount).toBe(2);
    expect(s.messageIds).toEqual(["first@example.com", "second@example.com"]);
    expect(s.lastInboundAt).toBe(T0 + 5 * MINUTE);
    expect(s.subject).toBe("Order #1042 never arrived");
    // Out of order: an older message arriving late does not move lastInboundAt back.
    expect(step(s, inbound("<late@example.com>", T0 - MINUTE), ana).state.lastInboundAt).toBe(
      T0 + 5 * MINUTE,
    );
  });

  it("records the same Message-ID once, however it is spelled", () => {
    expect(step(fresh(), inbound(" <first@EXAMPLE.com> "), ana).events).toEqual([]);
  });

  it("records an outbound reply: who replied, when, and no auto-claim", () => {
    const { state, events } = step(fresh(), outbound("<reply@demo.baton.test>", T0 + MINUTE), ana);
    expect(events).toMatchObject([{ type: "message_sent", actor: ana.email }]);
    expect(state.lastReplyBy).toBe(ana.email);
    expect(state.lastOutboundAt).toBe(T0 + MINUTE);
    expect(state.assignee).toBeNull();
    expect(state.status).toBe("open");
  });

  it("credits the From address when the system records an outbound message", () => {
    const s = step(fresh(), outbound("<r@x>"), { email: "system", role: "admin" }).state;
    expect(s.lastReplyBy).toBe("support@demo.baton.test");
  });

  it.each(["resolved", "pending"] as const)(
    "reopens a %s conversation on a new inbound message",
    (status) => {
      const s = given([claim(), ana], [setStatus(status), ana]);
      const { state, events } = step(s, inbound("<again@example.com>"), ana);
      expect(events).toMatchObject([
        { type: "message_received" },
        { type: "status_changed", from: status, to: "open", actor: "system" },
      ]);
      expect(state.status).toBe("open");
      expect(state.assignee).toBe(ana.email);
    },
  );

  it("wakes a snoozed conversation on a new inbound message", () => {
    const s = given([setStatus("snoozed", T0 + 60 * MINUTE), ana]);
    const { state } = step(s, inbound("<again@example.com>"), ana);
    expect(state.status).toBe("open");
    expect(state.snoozedUntil).toBeNull();
  });

  it("does not reopen on an outbound message", () => {
    const s = given([setStatus("resolved"), ana]);
    expect(step(s, outbound("<r@x>"), ana).state.status).toBe("resolved");
  });

  it("refuses a viewer: recording moves clocks, and viewers may only read", () => {
    expect(refusal(fresh(), inbound("<v@example.com>"), vic)).toMatchObject({
      code: "forbidden",
      details: { action: "record" },
    });
    expect(refusal(null, outbound("<v2@example.com>"), vic).code).toBe("forbidden");
  });

  it("refuses a message without id or date, or with a bad direction", () => {
    expect(refusal(fresh(), inbound("  "), ana).code).toBe("invalid_request");
    expect(refusal(fresh(), inbound("<x@y>", Number.NaN), ana).code).toBe("invalid_request");
    const sideways = { ...inbound("<x@y>"), direction: "sideways" } as unknown as ConversationCommand;
    expect(refusal(fresh(), sideways, ana).code).toBe("invalid_request");
  });

  it("fills the subject of a conversation created empty", () => {
    const s = emptyConversation("c_x", "support@demo.baton.test", "", T0);
    expect(step(s, { ...inbound("<a@b>"), requestId: rid() }, ana).state.subject).toBe(
      "Order #1042 never arrived",
    );
  });
});
