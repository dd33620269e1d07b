import {
  csatDelta,
  csatSummary,
  cycleTemplateIds,
  TEMPLATES_PER_CSAT_CYCLE,
  withCycleTemplate,
} from "./csat";

describe("withCycleTemplate", () => {
  it("adds a new template and refuses a repeat, so a second use credits the answer once", () => {
    expect(withCycleTemplate([], "a")).toEqual(["a"]);
    expect(withCycleTemplate(["a"], "b")).toEqual(["a", "b"]);
    expect(withCycleTemplate(["a", "b"], "a")).toBeNull();
  });

  it("stops at the bound", () => {
    const full = Array.from({ length: TEMPLATES_PER_CSAT_CYCLE }, (_, i) => `t${i}`);
    expect(withCycleTemplate(full, "another")).toBeNull();
    expect(withCycleTemplate(full.slice(1), "another")).toHaveLength(TEMPLATES_PER_CSAT_CYCLE);
  });
});

describe("cycleTemplateIds", () => {
  it("keeps strings, once each, at most the bound", () => {
    expect(cycleTemplateIds(undefined)).toEqual([]);
    expect(cycleTemplateIds(["a", 3, "a", null, "b"])).toEqual(["a", "b"]);
    expect(cycleTemplateIds(["a", "b", "c"], 2)).toEqual(["a", "b"]);
  });
});

describe("csatDelta", () => {
  it("counts a first answer with its rating", () => {
    expect(csatDelta(null, 4)).toEqual({ count: 1, sum: 4 });
  });

  it("swaps a changed rating without a second answer", () => {
    expect(csatDelta(4, 2)).toEqual({ count: 0, sum: -2 });
  });

  it("changes nothing when the same rating comes again", () => {
    expect(csatDelta(2, 2)).toBeNull();
  });
});

describe("csatSummary", () => {
  it("is null before any answer, the exact average after", () => {
    expect(csatSummary(0, 0)).toBeNull();
    expect(csatSummary(2, 7)).toEqual({ count: 2, average: 3.5 });
  });
});
