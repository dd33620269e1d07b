import fc from "fast-check";
import { chooseMessageTime, isHistory, MAX_CLOCK_SKEW_MS, MAX_HEADER_LEAD_MS } from "./message-time";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const JOINED = Date.parse("2026-06-01T08:00:00Z");
const HOUR = 3_600_000;

// Any instant from year 0001 to 2999 (what a header or a client may claim).
const instant = fc.integer({
  min: Date.parse("0001-01-01T00:00:00Z"),
  max: Date.parse("2999-12-31T00:00:00Z"),
});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe("chooseMessageTime", () => {
  it("keeps a header a few hours older than its receipt (an outbox that waited for a reconnect)", () => {
    const receivedAt = NOW - HOUR;
    const t = chooseMessageTime({
      claimedAt: receivedAt - 5 * HOUR,
      receivedAt,
      mailboxStartAt: JOINED,
      nowMs: NOW,
    });
    expect(t).toEqual({
      at: receivedAt - 5 * HOUR,
      source: "header",
      ownAt: receivedAt - 5 * HOUR,
      clamp: "none",
      history: false,
    });
  });

  it("takes the receipt when the header is more than a day older (a broken sender clock)", () => {
    const receivedAt = NOW - HOUR;
    const t = chooseMessageTime({ claimedAt: receivedAt - MAX_HEADER_LEAD_MS - 1, receivedAt, nowMs: NOW });
    expect(t.source).toBe("receipt");
    expect(t.at).toBe(receivedAt);
  });

  it("takes the receipt when the header is later than it by more than the skew", () => {
    const receivedAt = NOW - HOUR;
    expect(
      chooseMessageTime({ claimedAt: receivedAt + MAX_CLOCK_SKEW_MS, receivedAt, nowMs: NOW }).source,
    ).toBe("header");
    expect(
      chooseMessageTime({ claimedAt: receivedAt + MAX_CLOCK_SKEW_MS + 1, receivedAt, nowMs: NOW }).source,
    ).toBe("receipt");
  });

  it("keeps a header of 0100-01-01 with no receipt as the sender dated it, as history", () => {
    const claimedAt = Date.parse("0100-01-01T00:00:00Z");
    const t = chooseMessageTime({ claimedAt, mailboxStartAt: JOINED, nowMs: NOW });
    expect(t).toEqual({ at: claimedAt, source: "header", ownAt: claimedAt, clamp: "none", history: true });
  });

  it("is history exactly when sent before the mailbox joined: mail from two years ago, not the join", () => {
    const twoYearsAgo = JOINED - 2 * 365 * 24 * HOUR;
    expect(chooseMessageTime({ receivedAt: twoYearsAgo, mailboxStartAt: JOINED, nowMs: NOW })).toMatchObject({
      at: twoYearsAgo,
      source: "receipt",
      history: true,
    });
    expect(chooseMessageTime({ receivedAt: JOINED - 1, mailboxStartAt: JOINED, nowMs: NOW }).history).toBe(
      true,
    );
    expect(chooseMessageTime({ receivedAt: JOINED, mailboxStartAt: JOINED, nowMs: NOW }).history).toBe(false);
  });

  it("clamps a future date to now", () => {
    const t = chooseMessageTime({
      claimedAt: Date.parse("2999-01-01T00:00:00Z"),
      mailboxStartAt: JOINED,
      nowMs: NOW,
    });
    expect(t.at).toBe(NOW);
    expect(t.clamp).toBe("future");
  });

  it("with an unknown mailbox start times every message; a start in the future counts as now", () => {
    const claimedAt = NOW - 40 * 24 * HOUR;
    expect(chooseMessageTime({ claimedAt, nowMs: NOW })).toMatchObject({ at: claimedAt, history: false });
    expect(chooseMessageTime({ claimedAt, mailboxStartAt: NOW + HOUR, nowMs: NOW }).history).toBe(true);
  });

  it("names history messages, and only messages", () => {
    expect(isHistory({ type: "message_received", history: true })).toBe(true);
    expect(isHistory({ type: "message_sent", history: true })).toBe(true);
    expect(isHistory({ type: "message_received" })).toBe(false);
    expect(isHistory({ type: "status_changed", history: true })).toBe(false);
  });

  it("answers now for a message with no usable time at all", () => {
    expect(chooseMessageTime({ claimedAt: Number.NaN, nowMs: NOW })).toMatchObject({
      at: NOW,
      source: "now",
    });
  });

  describe("properties", () => {
    const inputs = fc.record({
      claimedAt: maybe(instant),
      receivedAt: maybe(instant),
      mailboxStartAt: maybe(instant),
      nowMs: fc.integer({ min: Date.parse("2000-01-01T00:00:00Z"), max: Date.parse("2100-01-01T00:00:00Z") }),
    });

    it("never answers after now, and is history exactly when the own time is before the mailbox joined", () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const t = chooseMessageTime(input);
          const start =
            input.mailboxStartAt === undefined ? -Infinity : Math.min(input.mailboxStartAt, input.nowMs);
          return t.at <= input.nowMs && t.history === t.ownAt < start;
        }),
      );
    });

    it("with a receipt, the own time is the receipt or a header within the plausible window of it", () => {
      fc.assert(
        fc.property(inputs, instant, (input, receivedAt) => {
          const t = chooseMessageTime({ ...input, receivedAt });
          if (t.source === "receipt") return t.ownAt === receivedAt;
          return (
            t.ownAt === input.claimedAt &&
            t.ownAt >= receivedAt - MAX_HEADER_LEAD_MS &&
            t.ownAt <= receivedAt + MAX_CLOCK_SKEW_MS
          );
        }),
      );
    });

    it("moves nothing that needs no moving: an own time inside the range is used as is", () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const t = chooseMessageTime(input);
          return (t.clamp === "none") === (t.at === t.ownAt);
        }),
      );
    });

    it("a header can never take the instant further from the receipt than the window allows", () => {
      fc.assert(
        fc.property(instant, instant, (claimedAt, receivedAt) => {
          const nowMs = Date.parse("3000-01-01T00:00:00Z");
          const t = chooseMessageTime({ claimedAt, receivedAt, mailboxStartAt: -8.64e15, nowMs });
          return t.at - receivedAt <= MAX_CLOCK_SKEW_MS && receivedAt - t.at <= MAX_HEADER_LEAD_MS;
        }),
      );
    });
  });
});
