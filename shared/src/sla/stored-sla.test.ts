import { slaFoldOf } from "./fold";
import { DEFAULT_SLA_POLICY } from "./policy";
import { slaState } from "./sla-state";
import { slaStateOfStored, storeSla } from "./stored-sla";
import { AMS, HOUR, ams, inbound, status } from "../../test/sla/fixtures";

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
});
