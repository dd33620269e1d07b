/**
 * The add-on's layering, checked: only gmail/ (and the entry points in main.ts) touch Apps Script
 * services, and the bundle imports nothing of @baton/shared's index at run time (types only), which
 * keeps zod and luxon out of the 200 KB bundle; a pure shared rule is imported by relative path.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const SERVICES =
  /\b(CardService|CacheService|GmailApp|UrlFetchApp|ScriptApp|PropertiesService|Utilities|Session)\s*\./;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(entry) && !/\.test\.ts$/.test(entry) ? [path] : [];
  });
}

const files = sources(__dirname).map((path) => ({
  path: relative(__dirname, path),
  text: readFileSync(path, "utf8"),
}));

describe("add-on boundaries", () => {
  it("keeps Apps Script services inside gmail/", () => {
    const offenders = files
      .filter((f) => !f.path.startsWith("gmail/") && !f.path.startsWith("test-support/"))
      .filter((f) => SERVICES.test(f.text.replace(/^\s*(\/\/|\*).*$/gm, "")))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("reaches into shared/src only for modules that import nothing (so nothing else follows them in)", () => {
    const targets = files
      .filter((f) => !f.path.startsWith("test-support/"))
      .flatMap((f) =>
        [...f.text.matchAll(/^import\s+(?!type\b)[^;]*from\s+"((?:\.\.\/)+shared\/src\/[^"]+)"/gm)].map((m) =>
          join(__dirname, dirname(f.path), `${m[1] ?? ""}.ts`),
        ),
      );
    expect(targets.length).toBeGreaterThan(0);
    const heavy = targets.filter((path) => /^import\s/m.test(readFileSync(path, "utf8")));
    expect(heavy).toEqual([]);
  });

  it("imports only types from @baton/shared outside the tests", () => {
    const offenders = files
      .filter((f) => !f.path.startsWith("test-support/"))
      .filter((f) => /^import\s+(?!type\b)[^;]*from\s+"@baton\/shared"/m.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
