// History (issue 19): mail sent before the mailbox joined Baton is recorded, not timed. The SLA engine
// starts no clock on it, the metrics facts leave it out, and the conversation shows it without
// counting it as what the customer is waiting on.
import { applyEvents } from "../conversation/apply-event";
import { emptyConversation } from "../conversation/empty-conversation";
import type { ConversationEvent } from "../conversation/types";
import { conversationFacts } from "../metrics/facts";
import { foldSla, slaFoldOf, slaStateOfFold, emptySlaFold } from "./fold";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaHistory, slaState } from "./sla-state";
import { AMS, HOUR, ams, inbound, outbound } from "../../test/sla/fixtures";

const JOINED = ams("2026-03-30 09:00");
const TWO_YEARS = 2 * 365 * 24 * HOUR;
const history = (event: ConversationEvent): ConversationEvent =>
  ({ ...event, history: true }) as ConversationEvent;
// Sent two years before the join, imported by the first sync a minute after it.
const oldQuestion = history(inbound(JOINED - TWO_YEARS, JOINED + 60_000));
const oldAnswer = history(outbound(JOINED - TWO_YEARS + HOUR, JOINED + 60_000));

describe("history messages", () => {
  it("start no clock, however long ago and however long since", () => {
    const now = JOINED + 30 * 24 * HOUR;
    expect(slaState([oldQuestion], POLICY, AMS, now).clocks).toEqual([]);
    expect(slaHistory([oldQuestion, oldAnswer], POLICY, AMS, now)).toEqual([]);
    expect(slaStateOfFold(slaFoldOf([oldQuestion]), POLICY, AMS, now).clocks).toEqual([]);
  });

  it("leave the first customer message at or after the join to start the clocks", () => {
    const question = inbound(JOINED + 2 * HOUR);
    const log = [oldQuestion, question];
    const clocks = slaState(log, POLICY, AMS, JOINED + 3 * HOUR).clocks;
    expect(clocks.map((c) => [c.kind, c.startedAt])).toEqual([
      ["first_response", JOINED + 2 * HOUR],
      ["resolution", JOINED + 2 * HOUR],
    ]);
  });

  it("are folded without the log even when reported after later events", () => {
    const fold = foldSla(emptySlaFold(), [inbound(JOINED + HOUR)]);
    // A history message dated two years back lands before everything; it moves nothing, so no rebuild.
    expect(foldSla(fold!, [history(inbound(JOINED - TWO_YEARS, JOINED + 2 * HOUR))])).toEqual(fold);
  });

  it("are no metric: no inbound, no breach, and the first timed message is the conversation's first", () => {
    const question = inbound(JOINED + 2 * HOUR);
    const onlyHistory = conversationFacts([oldQuestion, oldAnswer], POLICY, AMS);
    expect(onlyHistory.inbound).toEqual([]);
    expect(onlyHistory.replies).toEqual([]);
    expect(onlyHistory.firstAt).toBeNull();
    expect(onlyHistory.clockOutcomes).toEqual([]);
    const facts = conversationFacts([oldQuestion, oldAnswer, question], POLICY, AMS);
    expect(facts.firstInboundAt).toBe(JOINED + 2 * HOUR);
    expect(facts.firstAt).toBe(JOINED + 2 * HOUR);
    expect(facts.inbound.map((o) => o.at)).toEqual([JOINED + 2 * HOUR]);
  });

  it("appear in the conversation but are not what the customer is waiting on", () => {
    const state = applyEvents(emptyConversation("k", "support@team.example", "", JOINED), [oldQuestion]);
    expect(state.messageIds).toContain(oldQuestion.type === "message_received" ? oldQuestion.messageId : "");
    expect(state.lastInboundAt ?? null).toBeNull();
  });
});
