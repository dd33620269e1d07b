/**
 * Issue 18: every word a Gmail card, button, field or toast shows comes from the catalogue (the
 * `gmail` area, the shared view's sentences, the API's errors), so a Dutch reader gets no English.
 * The JSX check (shared/src/i18n/hard-coded.test.ts) cannot see CardService builders and card-model
 * objects; this is its equivalent for them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cardWords } from "./test-support/card-words";

/** Where the add-on's words are written: the card builders, the handlers, the CardService adapter. */
const CHECKED = ["cards", "app", "gmail"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = CHECKED.flatMap((folder) => sourceFiles(join(__dirname, folder)));

describe("the Gmail add-on's words", () => {
  it("are looked for in every folder that builds cards (a renamed folder must not check nothing)", () => {
    expect(CHECKED.every((folder) => sourceFiles(join(__dirname, folder)).length > 0)).toBe(true);
  });

  it("all come from the catalogue: no literal text in a card, a setter or a toast", () => {
    const found = files.flatMap((file) =>
      cardWords(file, readFileSync(file, "utf8")).map(
        ({ line, text }) => `${relative(__dirname, file)}:${line} ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
