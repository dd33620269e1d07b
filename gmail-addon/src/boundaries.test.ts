/**
 * The add-on's layering, checked: only gmail/ (and the entry points in main.ts) touch Apps Script
 * services, and shared code comes in through @baton/shared's subpaths (bundle.test.ts keeps the
 * result within its 200 KB budget).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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

  // @baton/shared is `sideEffects: false` with one subpath per folder, so the bundle takes only what it
  // imports; a relative path into shared/src would bypass the package's public surface.
  it("imports @baton/shared through the package, never by relative path into shared/src", () => {
    const offenders = files.filter((f) => /from\s+"(?:\.\.\/)+shared\//.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("imports run-time code from a subpath (@baton/shared/view), the package root for types only", () => {
    const offenders = files
      .filter((f) => !f.path.startsWith("test-support/"))
      .filter((f) => /^import\s+(?!type\b)[^;]*from\s+"@baton\/shared"/m.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
