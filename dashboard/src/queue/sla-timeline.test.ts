import type { RouteResponse } from "@baton/shared/api";
import { clockCycles } from "./sla-timeline";

const reply = (explainClocks: unknown[]): RouteResponse<"sla"> => ({
  sla: { priority: "normal", clocks: [], nextCheckAt: null },
  timeZone: "Europe/Paris",
  history: [{ kind: "first_response", cycle: 1, state: "breached", explanation: ["Started at 09:00."] }],
  explain: { asOf: 0, timeZone: "Europe/Paris", clocks: explainClocks },
});

describe("clockCycles", () => {
  it("joins each cycle to the holders and recorded facts the explainer gave for it", () => {
    const [cycle] = clockCycles(
      reply([
        {
          clock: { kind: "first_response", cycle: 2 },
          holders: [{ assignee: "x@a.example", from: 1, to: 2 }],
        },
        {
          clock: { kind: "first_response", cycle: 1 },
          holders: [{ assignee: null, from: 10, to: 20 }],
          recorded: [{ kind: "breach", at: 15, notified: ["lead@a.example"] }],
        },
      ]),
    );
    expect(cycle).toEqual({
      kind: "first_response",
      cycle: 1,
      state: "breached",
      explanation: ["Started at 09:00."],
      holders: [{ assignee: null, from: 10, to: 20 }],
      recorded: [{ kind: "breach", at: 15, notified: ["lead@a.example"] }],
    });
  });

  it("leaves out what it does not recognise instead of trusting it", () => {
    const [cycle] = clockCycles(
      reply([
        { clock: { kind: "first_response", cycle: 1 }, holders: [{ from: "soon" }], recorded: "none" },
        "not a clock",
      ]),
    );
    expect([cycle?.holders, cycle?.recorded]).toEqual([[], []]);
  });
});
