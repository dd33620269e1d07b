import type { ConversationEvent } from "../conversation/types";
import { foldSla, slaFoldOf, slaStateOfFold } from "./fold";
import { DEFAULT_SLA_POLICY } from "./policy";
import { slaState } from "./sla-state";
import { MAX_STORED_STATUS_CHANGES, slaStateOfStored, storeSla } from "./stored-sla";
import { AMS, HOUR, MINUTE, ams, inbound, outbound, status } from "../../test/sla/fixtures";

describe("stored SLA", () => {
  const log = [inbound(ams("2026-12-24 16:00")), status(ams("2026-12-24 16:30"), "open", "pending")];

  it("gives slaState of the log after a trip through JSON (what a listener receives)", () => {
    const stored = JSON.parse(JSON.stringify(storeSla(slaFoldOf(log), DEFAULT_SLA_POLICY, AMS))) as unknown;
    // Weekly windows are maps, never arrays in arrays (Firestore refuses those).
    expect(JSON.stringify(stored)).not.toContain("[[");
    const now = ams("2026-12-28 10:00") + HOUR;
    expect(slaStateOfStored(stored, now)).toEqual(slaState(log, DEFAULT_SLA_POLICY, AMS, now));
  });

  it("is null for a document written before folds were stored", () => {
    expect(slaStateOfStored(undefined, 0)).toBeNull();
    expect(slaStateOfStored({ fold: {} }, 0)).toBeNull();
  });

  /** `count` pending/open toggles a minute apart from `from`, starting and ending open. */
  function toggles(from: number, count: number): ConversationEvent[] {
    return Array.from({ length: count }, (_, i) =>
      i % 2 === 0
        ? status(from + i * MINUTE, "open", "pending")
        : status(from + i * MINUTE, "pending", "open"),
    );
  }

  it("keeps only the status changes a clock can still read: earlier cycles' changes leave the fold", () => {
    // Ten rounds of a customer message, 300 status changes and a resolution: 3,000 changes in all,
    // but each round's changes fall within resolution cycles that a newer cycle has replaced.
    const log: ConversationEvent[] = [];
    let t = ams("2026-03-02 09:00");
    for (let round = 0; round < 10; round++) {
      log.push(inbound(t));
      if (round === 0) log.push(outbound(t + MINUTE));
      log.push(...toggles(t + 2 * MINUTE, 300));
      log.push(status(t + 400 * MINUTE, "open", "resolved"));
      t += 2 * 24 * HOUR;
    }
    log.push(inbound(t));
    const fold = slaFoldOf(log);
    // The first response's cycle (2 changes in force over it) and the running resolution's (1).
    expect(fold.statusHistory.length).toBeLessThan(10);
    const now = t + 3 * HOUR;
    const stored = JSON.parse(JSON.stringify(storeSla(fold, DEFAULT_SLA_POLICY, AMS))) as unknown;
    expect(slaStateOfStored(stored, now)).toEqual(slaState(log, DEFAULT_SLA_POLICY, AMS, now));
  });

  it("stores no fold past MAX_STORED_STATUS_CHANGES, and the fold of the log stays exact", () => {
    // 20,000 status changes while one resolution clock runs: each is a stretch of its timeline.
    const start = ams("2026-03-02 09:00");
    const log = [inbound(start), outbound(start + MINUTE), ...toggles(start + 2 * MINUTE, 20_000)];
    const fold = slaFoldOf(log);
    expect(fold.statusHistory.length).toBeGreaterThan(MAX_STORED_STATUS_CHANGES);
    const stored = storeSla(fold, DEFAULT_SLA_POLICY, AMS);
    expect(stored.fold).toBeNull();
    // Was ~1.4 MB of JSON before the cap (about 70 bytes a change); now the rules alone.
    expect(JSON.stringify(stored).length).toBeLessThan(2_000);
    // A listener falls back to the API, which folds the log: exact.
    const now = start + 20_001 * MINUTE;
    expect(slaStateOfStored(JSON.parse(JSON.stringify(stored)), now)).toBeNull();
    expect(slaStateOfFold(fold, DEFAULT_SLA_POLICY, AMS, now)).toEqual(
      slaState(log, DEFAULT_SLA_POLICY, AMS, now),
    );
  });

  it("stores the fold again once the clocks that read the long history have stopped", () => {
    const start = ams("2026-03-02 09:00");
    const log = [inbound(start), outbound(start + MINUTE), ...toggles(start + 2 * MINUTE, 1_000)];
    const resolvedAt = start + 2_000 * MINUTE;
    const later = [status(resolvedAt, "open", "resolved"), inbound(resolvedAt + HOUR)];
    const fold = foldSla(slaFoldOf(log), later)!;
    expect(fold.statusHistory.length).toBeLessThanOrEqual(MAX_STORED_STATUS_CHANGES);
    const stored = JSON.parse(JSON.stringify(storeSla(fold, DEFAULT_SLA_POLICY, AMS))) as unknown;
    const now = resolvedAt + 3 * HOUR;
    expect(slaStateOfStored(stored, now)).toEqual(slaState([...log, ...later], DEFAULT_SLA_POLICY, AMS, now));
  });
});
