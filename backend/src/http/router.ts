/**
 * Path matching over route tables written like shared's contract ("/conversations/{key}/notes/{id}"):
 * literal segments win over parameters (so /conversations/observe is never read as a key), and an
 * unknown path (404) is told apart from a known path with the wrong method (405).
 */
export type RouteMatch<R> =
  | { kind: "found"; name: string; route: R; params: Record<string, string> }
  | { kind: "not_found" }
  | { kind: "method_not_allowed"; allow: string[] }
  | { kind: "bad_path" };

interface Compiled<R> {
  name: string;
  route: R;
  method: string;
  segments: string[];
  literals: number;
}

const PARAM = /^\{(\w+)\}$/;

function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

export function createRouter<R extends { method: string; path: string }>(
  table: Readonly<Record<string, R>>,
): (method: string, path: string) => RouteMatch<R> {
  const compiled: Compiled<R>[] = Object.entries(table).map(([name, route]) => {
    const segments = splitPath(route.path);
    return {
      name,
      route,
      method: route.method,
      segments,
      literals: segments.filter((s) => !PARAM.test(s)).length,
    };
  });
  // Most literal first, so the first fit is the most specific one.
  compiled.sort((a, b) => b.literals - a.literals);

  return (method, path) => {
    let actual: string[];
    try {
      actual = splitPath(path).map((segment) => decodeURIComponent(segment));
    } catch {
      return { kind: "bad_path" };
    }
    const allow = new Set<string>();
    for (const entry of compiled) {
      const params = fit(entry.segments, actual);
      if (params === null) continue;
      if (entry.method === method.toUpperCase())
        return { kind: "found", name: entry.name, route: entry.route, params };
      allow.add(entry.method);
    }
    return allow.size > 0 ? { kind: "method_not_allowed", allow: [...allow] } : { kind: "not_found" };
  };
}

function fit(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i] ?? "";
    const got = actual[i] ?? "";
    const name = PARAM.exec(want)?.[1];
    if (name !== undefined) params[name] = got;
    else if (want !== got) return null;
  }
  return params;
}
