import type { JobView } from "@baton/shared/api";
import { isRunning, kindLabel, progressFraction, progressText, stateText } from "./job-text";
import { translatorFor } from "@baton/shared/i18n/all";

const en = translatorFor(["en"]);

const job = (over: Partial<JobView>): JobView => ({
  id: "j1",
  kind: "metrics_rebuild",
  scope: null,
  state: "running",
  stage: "publishing rollups",
  processed: 120,
  total: 300,
  requestedBy: "root@x.test",
  startedAt: 0,
  updatedAt: 0,
  finishedAt: null,
  error: null,
  ...over,
});

describe("job text", () => {
  it("shows progress as processed of total, or so far while the total is unknown", () => {
    expect(progressText(job({}), en)).toBe("120 of 300 (40%)");
    expect(progressText(job({ total: null }), en)).toBe("120 so far");
    expect(progressText(job({ processed: 0, total: 0 }), en)).toBe("nothing to do");
    expect(progressFraction(job({}))).toBeCloseTo(0.4);
    expect(progressFraction(job({ total: null }))).toBeNull();
    expect(progressFraction(job({ state: "done", total: null }))).toBe(1);
  });

  it("names the kind with its mailbox and the state with its stage", () => {
    expect(kindLabel(job({ kind: "holiday_recompute", scope: "support" }), en)).toBe(
      "Holiday recompute (support)",
    );
    expect(stateText(job({}), en)).toBe("Running: publishing rollups");
    expect(stateText(job({ state: "failed" }), en)).toBe("Failed");
  });

  it("keeps refreshing only while a job is queued or running", () => {
    expect(isRunning(job({ state: "queued" }))).toBe(true);
    expect(isRunning(job({ state: "running" }))).toBe(true);
    expect(isRunning(job({ state: "done" }))).toBe(false);
    expect(isRunning(job({ state: "failed" }))).toBe(false);
  });
});

describe("job text in Dutch", () => {
  const nl = translatorFor(["nl"]);
  it("says progress, kind and state in Dutch with Dutch numbers", () => {
    expect(progressText(job({ processed: 1200, total: 3000 }), nl)).toBe("1.200 van 3.000 (40%)");
    expect(kindLabel(job({ kind: "metrics_rebuild", scope: "support" }), nl)).toBe(
      "Cijfers herberekenen (support)",
    );
    expect(stateText(job({ state: "queued" }), nl)).toBe("Wacht op start");
  });
});
