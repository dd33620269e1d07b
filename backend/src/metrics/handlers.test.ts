import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { ApiFailure } from "../http/types";
import { exportCsvHandler, isFileBody, metricsHandler, rebuildMetricsHandler } from "./handlers";

// A database that fails the test if touched: refusals must happen before any read.
const untouchable = new Proxy(
  {},
  {
    get() {
      throw new Error("the database was read");
    },
  },
) as unknown as Firestore;

const member = (role: Principal["role"]): Principal => ({ email: "x@demo.test", org: "o1", role, name: "X" });
const query = { from: "2026-10-01", to: "2026-10-31" };

describe("metrics handlers", () => {
  it.each(["agent", "viewer"] as const)("refuse an %s metrics and the export", async (role) => {
    await expect(
      metricsHandler(untouchable)({ principal: member(role), query, nowMs: 0 }),
    ).rejects.toBeInstanceOf(ApiFailure);
    await expect(
      exportCsvHandler(untouchable)({ principal: member(role), query, nowMs: 0 }),
    ).rejects.toMatchObject({ error: { code: "forbidden" } });
  });

  it("let only admins rebuild", async () => {
    await expect(
      rebuildMetricsHandler(untouchable)({ principal: member("lead"), query: {}, nowMs: 0 }),
    ).rejects.toMatchObject({ error: { code: "forbidden" } });
  });

  it("recognise a file body", () => {
    expect(isFileBody({ contentType: "text/csv", filename: "a.csv", text: "a\r\n" })).toBe(true);
    expect(isFileBody({ summary: {} })).toBe(false);
  });
});
