import type { MemberCsvRow } from "@baton/shared/admin";
import { emptySummary, mergeSummaries, progressText, runImport, summaryLines } from "./import-run";

const rows: MemberCsvRow[] = Array.from({ length: 5 }, (_, i) => ({
  line: i + 1,
  email: `m${i}@x.test`,
  name: `M${i}`,
  role: "agent",
}));

describe("runImport", () => {
  it("sends in batches, reports progress after each and adds up the answers", async () => {
    const progress: string[] = [];
    const sent: string[][] = [];
    const summary = await runImport(
      rows,
      (members) => {
        sent.push(members.map((m) => m.email));
        const [first, ...rest] = members.map((m) => m.email);
        return Promise.resolve({
          created: rest,
          updated: [],
          unchanged: first === "m4@x.test" ? [first] : [],
          skipped:
            first === "m4@x.test" || first === undefined ? [] : [{ email: first, reason: "another org" }],
        });
      },
      (done, total) => progress.push(progressText(done, total)),
      String,
      2,
    );
    expect(sent).toEqual([["m0@x.test", "m1@x.test"], ["m2@x.test", "m3@x.test"], ["m4@x.test"]]);
    expect(progress).toEqual(["0 of 5", "2 of 5", "4 of 5", "5 of 5"]);
    expect(summary).toMatchObject({
      created: ["m1@x.test", "m3@x.test"],
      unchanged: ["m4@x.test"],
      skipped: [
        { email: "m0@x.test", reason: "another org" },
        { email: "m2@x.test", reason: "another org" },
      ],
      unsent: [],
      failure: null,
    });
    expect(summaryLines(summary)).toEqual(["2 created, 0 updated, 1 unchanged, 2 skipped."]);
  });

  it("keeps a failed batch and every later one as unsent, with why, and keeps what was answered", async () => {
    let call = 0;
    const summary = await runImport(
      rows,
      (members) => {
        call += 1;
        if (call === 2) return Promise.reject(new Error("offline"));
        return Promise.resolve({
          created: members.map((m) => m.email),
          updated: [],
          unchanged: [],
          skipped: [],
        });
      },
      () => undefined,
      (e) => (e instanceof Error ? e.message : "?"),
      2,
    );
    expect(call).toBe(2);
    expect(summary.created).toEqual(["m0@x.test", "m1@x.test"]);
    expect(summary.unsent.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(summary.failure).toBe("offline");
    expect(summaryLines(summary)[1]).toBe("3 rows were not sent (offline); send them again below.");
  });
});

describe("mergeSummaries", () => {
  it("adds a retry's outcome to the first run's, and keeps only the retry's unsent rows", () => {
    const first = { ...emptySummary(), created: ["a@x.test"], unsent: rows.slice(2), failure: "offline" };
    const retry = { ...emptySummary(), created: ["c@x.test"], skipped: [{ email: "d@x.test", reason: "r" }] };
    expect(mergeSummaries(first, retry)).toEqual({
      created: ["a@x.test", "c@x.test"],
      updated: [],
      unchanged: [],
      skipped: [{ email: "d@x.test", reason: "r" }],
      unsent: [],
      failure: null,
    });
  });
});
