import type { ConversationCommand } from "./commands";
import { MAX_TAGS } from "./limits";
import {
  ana,
  fresh,
  given,
  MINUTE,
  refusal,
  rid,
  setPriority,
  setStatus,
  step,
  T0,
  tag,
  vic,
} from "../../test/conversation/harness";

describe("set_status", () => {
  it("moves between statuses and records from/to", () => {
    const { state, events } = step(fresh(), setStatus("pending"), ana);
    expect(events).toMatchObject([{ type: "status_changed", from: "open", to: "pending" }]);
    expect(state.status).toBe("pending");
    expect(step(state, setStatus("resolved"), ana).state.status).toBe("resolved");
  });

  it("is a no-op for the current status", () => {
    expect(step(fresh(), setStatus("open"), ana).events).toEqual([]);
  });

  it("snoozes until a future time and can move the wake-up", () => {
    const until = T0 + 60 * MINUTE;
    const snoozed = step(fresh(), setStatus("snoozed", until), ana);
    expect(snoozed.events).toMatchObject([{ type: "status_changed", to: "snoozed", snoozedUntil: until }]);
    expect(snoozed.state.snoozedUntil).toBe(until);
    expect(step(snoozed.state, setStatus("snoozed", until), ana).events).toEqual([]);
    const moved = step(snoozed.state, setStatus("snoozed", until + MINUTE), ana);
    expect(moved.events).toMatchObject([{ from: "snoozed", to: "snoozed", snoozedUntil: until + MINUTE }]);
  });

  it("clears the wake-up when leaving snoozed", () => {
    const s = given([setStatus("snoozed", T0 + MINUTE), ana]);
    expect(step(s, setStatus("open"), ana).state.snoozedUntil).toBeNull();
  });

  it("refuses a snooze without a future wake-up time", () => {
    expect(refusal(fresh(), setStatus("snoozed"), ana).code).toBe("invalid_transition");
    expect(refusal(fresh(), setStatus("snoozed", T0), ana).code).toBe("invalid_transition");
    expect(refusal(fresh(), setStatus("snoozed", T0 - 1), ana).code).toBe("invalid_transition");
    expect(refusal(fresh(), setStatus("snoozed", Number.NaN), ana).code).toBe("invalid_transition");
  });

  it("refuses snoozing a resolved conversation", () => {
    expect(refusal(given([setStatus("resolved"), ana]), setStatus("snoozed", T0 + MINUTE), ana).code).toBe(
      "invalid_transition",
    );
  });

  it("refuses a wake-up time on any other status, and unknown statuses", () => {
    expect(refusal(fresh(), setStatus("pending", T0 + MINUTE), ana).code).toBe("invalid_request");
    const bogus = {
      type: "set_status",
      status: "archived",
      requestId: rid(),
    } as unknown as ConversationCommand;
    expect(refusal(fresh(), bogus, ana).code).toBe("invalid_request");
  });

  it("refuses a viewer", () => {
    expect(refusal(fresh(), setStatus("resolved"), vic).code).toBe("forbidden");
  });
});

describe("set_priority", () => {
  it("changes the priority and records from/to", () => {
    const { state, events } = step(fresh(), setPriority("urgent"), ana);
    expect(events).toMatchObject([{ type: "priority_changed", from: "normal", to: "urgent" }]);
    expect(state.priority).toBe("urgent");
  });

  it("is a no-op for the current priority", () => {
    expect(step(fresh(), setPriority("normal"), ana).events).toEqual([]);
  });

  it("refuses unknown priorities and viewers", () => {
    const bogus = {
      type: "set_priority",
      priority: "p0",
      requestId: rid(),
    } as unknown as ConversationCommand;
    expect(refusal(fresh(), bogus, ana).code).toBe("invalid_request");
    expect(refusal(fresh(), setPriority("high"), vic).code).toBe("forbidden");
  });
});

describe("tag", () => {
  it("adds and removes in one command, normalising case and whitespace", () => {
    const s = given([tag(["billing", "vip"]), ana]);
    const { state, events } = step(s, tag([" Refund:Partial "], ["VIP"]), ana);
    expect(events.map((e) => e.type)).toEqual(["tag_removed", "tag_added"]);
    expect(state.tags).toEqual(["billing", "refund:partial"]);
  });

  it("skips present additions and absent removals; nothing left is a no-op", () => {
    const s = given([tag(["billing"]), ana]);
    expect(step(s, tag(["billing", "BILLING"], ["nope"]), ana).events).toEqual([]);
  });

  it("refuses invalid tags", () => {
    for (const bad of ["", "two words", "-leading", "x".repeat(33), "semi;colon", "<b>"]) {
      expect(refusal(fresh(), tag([bad]), ana)).toMatchObject({ code: "invalid_request" });
    }
    expect(step(fresh(), tag(["x".repeat(32), "ärger", "plan/pro"]), ana).events).toHaveLength(3);
  });

  it("refuses one tag in both lists", () => {
    expect(refusal(fresh(), tag(["a"], ["A"]), ana).code).toBe("invalid_request");
  });

  it(`refuses more than ${MAX_TAGS} tags, counting removals`, () => {
    const twenty = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    const s = given([tag(twenty), ana]);
    expect(refusal(s, tag(["one-more"]), ana).code).toBe("invalid_request");
    expect(step(s, tag(["one-more"], ["t0"]), ana).state.tags).toHaveLength(MAX_TAGS);
  });

  it("refuses a viewer", () => {
    expect(refusal(fresh(), tag(["x"]), vic).code).toBe("forbidden");
  });
});
