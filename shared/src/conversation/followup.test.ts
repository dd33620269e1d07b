import fc from "fast-check";
import { SYSTEM, type ConversationCommand } from "./index";
import { MAX_FOLLOW_UP_AHEAD_MS } from "./followup";
import {
  ana,
  ben,
  claim,
  fresh,
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

const HOUR = 60 * MINUTE;
const setFollowUp = (dueAt: number): ConversationCommand => ({
  type: "set_follow_up",
  dueAt,
  requestId: rid(),
});
const clearFollowUp = (): ConversationCommand => ({ type: "clear_follow_up", requestId: rid() });
const wake = (): ConversationCommand => ({ type: "wake", requestId: rid() });

describe("follow-ups", () => {
  it("sets one for anyone who may change the status, owner or not, and sets wakeAt", () => {
    const { state, events } = step(fresh(), setFollowUp(T0 + HOUR), ben);
    expect(events.map((e) => e.type)).toEqual(["follow_up_set"]);
    expect(state.followUp).toEqual({ dueAt: T0 + HOUR, by: ben.email });
    expect(state.wakeAt).toBe(T0 + HOUR);
  });

  it("refuses a viewer, a past time and one more than 365 days ahead, with sentences", () => {
    expect(refusal(fresh(), setFollowUp(T0 + HOUR), vic).code).toBe("forbidden");
    expect(refusal(fresh(), setFollowUp(T0), ana).message).toBe("Pick a time in the future for a follow-up.");
    const far = refusal(fresh(), setFollowUp(T0 + MAX_FOLLOW_UP_AHEAD_MS + 1), ana);
    expect(far.message).toBe("A follow-up can be at most 365 days ahead; pick an earlier time.");
    // Exactly at the bound is allowed.
    expect(step(fresh(), setFollowUp(T0 + MAX_FOLLOW_UP_AHEAD_MS), ana).state.wakeAt).toBe(
      T0 + MAX_FOLLOW_UP_AHEAD_MS,
    );
  });

  it("is cancelled by the customer's reply, not by automatic mail or our own reply", () => {
    const set = step(fresh(), setFollowUp(T0 + HOUR), ana).state;
    const ours = step(set, outbound("<ours@x>"), ana);
    expect(ours.state.followUp).toBeDefined();
    const auto = step(set, { ...inbound("<ooo@x>"), automatic: true } as ConversationCommand, SYSTEM);
    expect(auto.state.followUp).toBeDefined();
    const reply = step(set, inbound("<reply@x>", T0 + MINUTE), SYSTEM, { nowMs: T0 + MINUTE });
    expect(reply.events.map((e) => e.type)).toContain("follow_up_cleared");
    expect(reply.state.followUp).toBeUndefined();
    expect(reply.state.wakeAt).toBeUndefined();
  });

  it("fires once when due: follow_up_due, back to open, marked; a second wake is a no-op", () => {
    let s = step(fresh(), claim(), ana).state;
    s = step(s, setStatus("resolved"), ana).state;
    s = step(s, setFollowUp(T0 + HOUR), ana).state;
    expect(step(s, wake(), SYSTEM, { nowMs: T0 + HOUR - 1 }).events).toEqual([]);
    const fired = step(s, wake(), SYSTEM, { nowMs: T0 + HOUR });
    expect(fired.events.map((e) => [e.type, e.actor])).toEqual([
      ["follow_up_due", "system"],
      ["status_changed", "system"],
    ]);
    expect(fired.state.status).toBe("open");
    expect(fired.state.followUpDue).toEqual({ at: T0 + HOUR, dueAt: T0 + HOUR, reason: "no_reply" });
    expect(fired.state.followUp).toBeUndefined();
    expect(fired.state.wakeAt).toBeUndefined();
    expect(step(fired.state, wake(), SYSTEM, { nowMs: T0 + 2 * HOUR }).events).toEqual([]);
    // Someone acting (a reply, a status other than open) takes the marker away.
    expect(step(fired.state, outbound("<r@x>"), ana).state.followUpDue).toBeUndefined();
    expect(step(fired.state, setStatus("pending"), ana).state.followUpDue).toBeUndefined();
  });

  it("wakes an ended snooze, and only the sweeper may wake", () => {
    const s = step(fresh(), setStatus("snoozed", T0 + HOUR), ana).state;
    expect(s.wakeAt).toBe(T0 + HOUR);
    expect(refusal(s, wake(), ana).code).toBe("forbidden");
    const woke = step(s, wake(), SYSTEM, { nowMs: T0 + HOUR });
    expect(woke.state.status).toBe("open");
    expect(woke.state.snoozedUntil).toBeNull();
    expect(woke.state.followUpDue?.reason).toBe("snooze");
  });

  it("clears the follow-up and the marker; nothing to clear is a no-op", () => {
    expect(step(fresh(), clearFollowUp(), ana).events).toEqual([]);
    const s = step(fresh(), setFollowUp(T0 + HOUR), ana).state;
    const cleared = step(s, clearFollowUp(), ben).state;
    expect(cleared.followUp).toBeUndefined();
    expect(cleared.wakeAt).toBeUndefined();
  });

  it("property: wakeAt is always the earlier of the follow-up and a snooze, whatever the order of commands", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("follow"), at: fc.integer({ min: 1, max: 48 }) }),
      fc.record({ kind: fc.constant("snooze"), at: fc.integer({ min: 1, max: 48 }) }),
      fc.record({
        kind: fc.constantFrom("clear", "open", "reply", "wake"),
        at: fc.integer({ min: 1, max: 48 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        let s = fresh();
        let now = T0;
        for (const [i, o] of ops.entries()) {
          now += MINUTE;
          const cmd: ConversationCommand =
            o.kind === "follow"
              ? setFollowUp(now + o.at * HOUR)
              : o.kind === "snooze"
                ? setStatus("snoozed", now + o.at * HOUR)
                : o.kind === "clear"
                  ? clearFollowUp()
                  : o.kind === "open"
                    ? setStatus("open")
                    : o.kind === "reply"
                      ? inbound(`<r${i}@x>`, now)
                      : wake();
          const at = o.kind === "wake" ? now + o.at * HOUR : now;
          const actor = o.kind === "wake" || o.kind === "reply" ? SYSTEM : ana;
          const r = step(s, cmd, actor, { nowMs: at });
          s = r.state;
          now = Math.max(now, at);
        }
        const snooze = s.status === "snoozed" ? s.snoozedUntil : null;
        const candidates = [s.followUp?.dueAt, snooze ?? undefined].filter(
          (x): x is number => x !== undefined,
        );
        expect(s.wakeAt).toBe(candidates.length === 0 ? undefined : Math.min(...candidates));
      }),
    );
  });
});
