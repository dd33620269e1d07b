// Automatic mail (issue 17): an out-of-office reply, a list's copy or Baton's own acknowledgement is
// recorded in the conversation but starts, stops and wakes nothing (conversation/auto-mail.ts).
import { applyEvents } from "../conversation/apply-event";
import { emptyConversation } from "../conversation/empty-conversation";
import type { ConversationEvent } from "../conversation/types";
import { conversationFacts } from "../metrics/facts";
import { foldSla, slaFoldOf, slaStateOfFold, emptySlaFold } from "./fold";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, HOUR, ams, inbound, outbound } from "../../test/sla/fixtures";
import { ana, given, inbound as inboundCommand, setStatus, step } from "../../test/conversation/harness";

const T = ams("2026-03-30 09:00");
const automatic = (event: ConversationEvent): ConversationEvent =>
  ({ ...event, automatic: true }) as ConversationEvent;

describe("automatic messages", () => {
  it("an inbound list message starts no first-response clock", () => {
    const list = automatic(inbound(T));
    expect(slaState([list], POLICY, AMS, T + 5 * HOUR).clocks).toEqual([]);
    expect(slaStateOfFold(slaFoldOf([list]), POLICY, AMS, T + 5 * HOUR).clocks).toEqual([]);
    expect(conversationFacts([list], POLICY, AMS).inbound).toEqual([]);
  });

  it("our own acknowledgement leaves the first-response clock running", () => {
    const question = inbound(T);
    const ack = automatic(outbound(T + 60_000));
    const clocks = slaState([question, ack], POLICY, AMS, T + HOUR).clocks;
    const first = clocks.find((c) => c.kind === "first_response");
    expect(first).toMatchObject({ startedAt: T });
    expect(first?.stoppedAt ?? null).toBeNull();
    // Without the flag the same message would have stopped it: the flag is what matters.
    const answered = slaState([question, outbound(T + 60_000)], POLICY, AMS, T + HOUR).clocks;
    expect(answered.find((c) => c.kind === "first_response")?.stoppedAt).toBe(T + 60_000);
    expect(conversationFacts([question, ack], POLICY, AMS).replies).toEqual([]);
  });

  it("an out-of-office answer to our reply restarts nothing, and folds without a rebuild", () => {
    const log = [inbound(T), outbound(T + HOUR)];
    const before = slaState(log, POLICY, AMS, T + 3 * HOUR).clocks;
    const ooo = automatic(inbound(T + 2 * HOUR));
    expect(slaState([...log, ooo], POLICY, AMS, T + 3 * HOUR).clocks).toEqual(before);
    const fold = foldSla(emptySlaFold(), log);
    expect(foldSla(fold!, [ooo])).toEqual(fold);
  });

  it("is shown in the conversation but is not what anyone is waiting on or answered", () => {
    const ooo = automatic(inbound(T));
    const ack = automatic(outbound(T + 1));
    const state = applyEvents(emptyConversation("k", "support@team.example", "", T), [ooo, ack]);
    expect(state.messageIds).toHaveLength(2);
    expect(state.lastInboundAt ?? null).toBeNull();
    expect(state.lastOutboundAt ?? null).toBeNull();
    expect(state.lastReplyBy ?? null).toBeNull();
  });

  it("does not wake a pending conversation (a person's message does)", () => {
    const pending = given([setStatus("pending"), ana]);
    const ooo = { ...inboundCommand("<ooo@customer.example>"), automatic: true };
    const { state, events } = step(pending, ooo, ana);
    expect(events).toMatchObject([{ type: "message_received", automatic: true }]);
    expect(state.status).toBe("pending");
    expect(step(pending, inboundCommand("<back@customer.example>"), ana).state.status).toBe("open");
  });
});
