import { emptySlaFold, foldSla, slaFoldOf } from "./fold";
import { HOUR, ams, inbound, outbound, status } from "../../test/sla/fixtures";

const MON_9 = ams("2026-03-30 09:00");

describe("foldSla", () => {
  it("refuses a message reported after later clock events (the replay would put it before them)", () => {
    const fold = foldSla(emptySlaFold(), [inbound(MON_9), status(MON_9 + HOUR, "open", "pending")]);
    expect(fold).not.toBeNull();
    // Sent at 09:30, reported at 11:00: it belongs before the 10:00 status change.
    expect(foldSla(fold!, [outbound(MON_9 + HOUR / 2, MON_9 + 2 * HOUR)])).toBeNull();
  });

  it("refuses a first status change whose `from` contradicts the status the fold assumed", () => {
    // The replay would start the log as pending, so the 09:00 message reopened it at 09:00.
    const fold = foldSla(emptySlaFold(), [inbound(MON_9)]);
    expect(foldSla(fold!, [status(MON_9 + HOUR, "pending", "open")])).toBeNull();
    expect(foldSla(fold!, [status(MON_9 + HOUR, "open", "pending")])).not.toBeNull();
  });

  it("keeps only the status changes the kept cycles can reach", () => {
    // Four status changes, then a reply and a resolve: the new cycle starts at 14:00, so earlier
    // changes can only be reached by the resolved cycles that are still kept.
    const log = [
      inbound(MON_9),
      status(MON_9 + HOUR, "open", "pending"),
      status(MON_9 + 2 * HOUR, "pending", "open"),
      status(MON_9 + 3 * HOUR, "open", "resolved"),
      inbound(MON_9 + 5 * HOUR),
    ];
    const fold = slaFoldOf(log);
    expect(fold.statusHistory.every((change) => change.at >= MON_9 || change === fold.statusHistory[0])).toBe(
      true,
    );
    expect(JSON.parse(JSON.stringify(fold))).toEqual(fold);
  });

  it("is the same fold when nothing moves a clock", () => {
    const fold = slaFoldOf([inbound(MON_9)]);
    const claim = { id: "c", at: MON_9 + HOUR, actor: "ana@x", type: "claimed" as const, assignee: "ana@x" };
    expect(foldSla(fold, [claim])).toBe(fold);
  });
});
