// Every deployed function has a bound on its instances (issue 11): a flood, a forged push or a bug
// can only cost so much, and the API's in-memory rate limit is bounded in total.
import * as functions from "./index";

type Exported = { __endpoint?: { maxInstances?: unknown } } | undefined;

describe("deployed functions", () => {
  const exported = Object.entries(functions as Record<string, Exported>).filter(
    ([, fn]) => fn?.__endpoint !== undefined,
  );

  it("are found (the API and the triggers)", () => {
    expect(exported.map(([name]) => name)).toEqual(
      expect.arrayContaining(["api", "connectorsGraphNotify", "slaSweeper", "retentionSweeper"]),
    );
  });

  it("each have a small maxInstances", () => {
    for (const [name, fn] of exported) {
      const max = fn?.__endpoint?.maxInstances;
      expect([name, typeof max]).toEqual([name, "number"]);
      expect([name, (max as number) >= 1 && (max as number) <= 20]).toEqual([name, true]);
    }
  });
});
