/** Which mailboxes each mailbox's rules can move a conversation to. */
export type MoveGraph = ReadonlyMap<string, readonly string[]>;

/**
 * A loop a conversation arriving at `start` could run into, following moves: the path from `start`
 * to the first mailbox it would reach twice, that mailbox repeated at the end (["a", "b", "a"];
 * ["a", "b", "c", "b"] when the loop is further on), or null when every path ends. Moves to ids not
 * in the graph end a path. Depth-first with an explicit stack: linear in mailboxes and moves, and no
 * recursion limit whatever the org's size.
 */
export function findMailboxLoop(graph: MoveGraph, start: string): string[] | null {
  const done = new Set<string>();
  const onPath = new Set<string>([start]);
  const path: string[] = [start];
  const next: number[] = [0];
  while (path.length > 0) {
    const depth = path.length - 1;
    const at = path[depth] as string;
    const targets = graph.get(at) ?? [];
    const i = next[depth] as number;
    if (i >= targets.length) {
      path.pop();
      next.pop();
      onPath.delete(at);
      done.add(at);
      continue;
    }
    next[depth] = i + 1;
    const to = targets[i] as string;
    if (onPath.has(to)) return [...path, to];
    if (done.has(to) || !graph.has(to)) continue;
    path.push(to);
    next.push(0);
    onPath.add(to);
  }
  return null;
}

/** A loop anywhere among the mailboxes (see findMailboxLoop), or null. */
export function findAnyMailboxLoop(graph: MoveGraph): string[] | null {
  for (const start of graph.keys()) {
    const loop = findMailboxLoop(graph, start);
    if (loop !== null) return loop;
  }
  return null;
}
