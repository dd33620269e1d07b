import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { unkeyedErrorSites } from "./error-sites";

/** Every error site of the backend and the shared domain names a catalogue key, never a sentence. */
const ROOTS = ["backend/src", "shared/src"];
const repo = join(__dirname, "..", "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("error sites", () => {
  it("finds a sentence passed where a key belongs (the check itself)", () => {
    const source = [
      'fail("invalid_request", "The body is bad.");',
      'domainError("forbidden", `Your role (${role}) can\'t.`);',
      'fail("invalid_request", "errors.bodyNotJson");',
      'domainError("not_found", key, params);',
    ].join("\n");
    expect(unkeyedErrorSites("x.ts", source).map((site) => site.line)).toEqual([1, 2]);
  });

  it.each(ROOTS)("in %s name errors-catalogue keys", (root) => {
    const found = sources(join(repo, root)).flatMap((path) =>
      unkeyedErrorSites(path, readFileSync(path, "utf8")).map(
        (site) => `${relative(repo, path)}:${site.line} ${site.callee}(…, ${site.text})`,
      ),
    );
    expect(found).toEqual([]);
  });
});
