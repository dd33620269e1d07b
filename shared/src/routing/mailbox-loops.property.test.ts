import fc from "fast-check";
import { findAnyMailboxLoop, findMailboxLoop, type MoveGraph } from "./mailbox-loops";

/** Small graphs of up to 6 mailboxes (with moves to unknown ids too), where brute force is cheap. */
const graphArb = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return fc
    .array(fc.array(fc.constantFrom(...ids, "unknown"), { maxLength: 4 }), { minLength: n, maxLength: n })
    .map((edges): [string[], MoveGraph] => [ids, new Map(ids.map((id, i) => [id, edges[i] ?? []]))]);
});

/** Oracle: is there a path from `start` that reaches some mailbox twice? Every path, exhaustively. */
function loopReachable(graph: MoveGraph, start: string): boolean {
  const walk = (at: string, seen: ReadonlySet<string>): boolean =>
    (graph.get(at) ?? []).some((to) => seen.has(to) || (graph.has(to) && walk(to, new Set([...seen, to]))));
  return walk(start, new Set([start]));
}

/** A reported loop is a real path of moves ending where it has been before. */
function isLoopFrom(graph: MoveGraph, start: string, loop: readonly string[]): boolean {
  const last = loop[loop.length - 1] as string;
  const edgesExist = loop.slice(1).every((to, i) => (graph.get(loop[i] as string) ?? []).includes(to));
  const body = loop.slice(0, -1);
  return loop[0] === start && edgesExist && new Set(body).size === body.length && body.includes(last);
}

describe("findMailboxLoop, against a brute-force oracle", () => {
  it("finds a loop exactly when one is reachable, and the loop it reports is real", () => {
    fc.assert(
      fc.property(graphArb, ([ids, graph]) => {
        for (const start of ids) {
          const loop = findMailboxLoop(graph, start);
          expect(loop !== null).toBe(loopReachable(graph, start));
          if (loop !== null) expect(isLoopFrom(graph, start, loop)).toBe(true);
        }
        expect(findAnyMailboxLoop(graph) !== null).toBe(ids.some((id) => loopReachable(graph, id)));
      }),
      { numRuns: 500 },
    );
  });

  it("handles a long chain without recursion (10,000 mailboxes, loop at the end)", () => {
    const n = 10_000;
    const graph = new Map(
      Array.from({ length: n }, (_, i) => [`m${i}`, [`m${i + 1}`]] as [string, string[]]),
    );
    graph.set(`m${n - 1}`, [`m${n - 2}`]);
    expect(findMailboxLoop(graph, "m0")?.slice(-3)).toEqual([`m${n - 2}`, `m${n - 1}`, `m${n - 2}`]);
  });
});
