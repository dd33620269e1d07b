import { exportQuerySchema, metricsQuerySchema } from "./metrics";

describe("metrics query", () => {
  it("accepts a month for one mailbox and agent", () => {
    expect(
      metricsQuerySchema.parse({
        from: "2026-10-01",
        to: "2026-10-31",
        mailbox: "support",
        agent: "Ana@Demo.test",
      }),
    ).toEqual({ from: "2026-10-01", to: "2026-10-31", mailbox: "support", agent: "ana@demo.test" });
  });

  it("reads agent=unassigned as the rollups' unassigned bucket", () => {
    expect(
      metricsQuerySchema.parse({ from: "2026-10-01", to: "2026-10-01", agent: "unassigned" }).agent,
    ).toBe("_unassigned");
  });

  it("refuses a reversed range, a range over a year, impossible dates and unknown parameters", () => {
    expect(metricsQuerySchema.safeParse({ from: "2026-10-02", to: "2026-10-01" }).success).toBe(false);
    expect(metricsQuerySchema.safeParse({ from: "2025-01-01", to: "2026-12-31" }).success).toBe(false);
    expect(metricsQuerySchema.safeParse({ from: "2026-13-01", to: "2026-13-02" }).success).toBe(false);
    // Date.parse rolls 30 February over to 2 March; the schema must not.
    expect(metricsQuerySchema.safeParse({ from: "2026-02-01", to: "2026-02-30" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ from: "2026-10-01", to: "2026-10-02", agent: "x" }).success).toBe(
      false,
    );
  });
});
