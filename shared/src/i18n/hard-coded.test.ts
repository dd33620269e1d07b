/**
 * Issue 18: no surface that has moved to the catalogues writes a word straight into a component.
 * A folder is listed here once its words have moved; the test then keeps them moved.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { hardCodedLiterals } from "./literal-check";

const ROOT = join(__dirname, "../../..");

/** Component folders whose visible words come from the catalogues. */
const CHECKED: string[] = [
  "workbench/src",
  // The dashboard's shell, sign-in, queue, metrics, jobs and connectors (auth/ and api/ have no components).
  "dashboard/src/app",
  "dashboard/src/queue",
  "dashboard/src/metrics",
  "dashboard/src/jobs",
  "dashboard/src/connectors",
];

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test-support" ? [] : componentFiles(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}

const files = CHECKED.flatMap((folder) => componentFiles(join(ROOT, folder)));

describe("components that read their words from the catalogues", () => {
  it("are found (a renamed folder must not silently check nothing)", () => {
    expect(CHECKED.every((folder) => componentFiles(join(ROOT, folder)).length > 0)).toBe(true);
  });

  it("write no word straight into JSX or a read attribute", () => {
    const found = files.flatMap((file) =>
      hardCodedLiterals(file, readFileSync(file, "utf8")).map(
        ({ line, text }) => `${relative(ROOT, file)}:${line} ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
