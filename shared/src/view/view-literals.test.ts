/**
 * Issue 18: the view writes no sentence of its own. Every word a reader sees comes from the view
 * catalogue (i18n/catalogues/<language>/view.ts); a string literal with a letter in a view file
 * fails this test unless it is one of the ids below, which no reader ever sees.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { viewLiterals } from "./view-literals";

/** Strings the view uses that are not read by anyone. Keep short: a new entry needs a reason. */
const ALLOWED = new Set([
  // Ids compared or returned as data: clock tones (types.ts), reading kinds, presence states, nouns
  // handed to ICU selects, permission actions, retryable failure codes.
  ...["neutral", "ok", "warning", "breached", "paused", "met", "text", "countdown", "resolution"],
  ...["replying", "viewing", "claim", "tag", "note", "snooze", "assignee"],
  ...["network", "unreachable", "unavailable", "timeout", "conflict", "internal"],
  // Intl options and locale tags.
  ...["en", "en-GB", "en-US", "UTC", "short", "weekday", "month", "numeric", "2-digit", "h23"],
  // Formats: the "T" of a datetime-local value, a RegExp flag, a duration option ("largest: h").
  ...["T", "u", "h"],
]);

const DIR = __dirname;
/** Files outside view/ whose sentences the view shows: the routing reasons. */
const ALSO = ["../routing/explain.ts"];
const files = [
  ...readdirSync(DIR).filter(
    (name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "view-literals.ts",
  ),
  ...ALSO,
];

describe("the view's words", () => {
  it("are looked for in every view file", () => {
    expect(files).toEqual(
      expect.arrayContaining(["sidebar-view.ts", "countdown-text.ts", "format-when.ts", ...ALSO]),
    );
  });

  it("come from the catalogue: no view file writes a word of its own", () => {
    const found = files.flatMap((name) =>
      viewLiterals(name, readFileSync(join(DIR, name), "utf8"), ALLOWED).map(
        ({ line, text }) => `${name}:${line} ${JSON.stringify(text)}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it("would catch a sentence written straight into a view file", () => {
    const source = [
      'import { x } from "./y";',
      'if (state === "paused") return "Paused";',
      "const line = `${name} is replying`;",
      't.t("view.justNow");',
      'const id = "release_own";',
      'const ok = "Sun"; // i18n-exempt: an id',
    ].join("\n");
    expect(viewLiterals("probe.ts", source, ALLOWED)).toEqual([
      { line: 2, text: "Paused" },
      { line: 3, text: " is replying" },
    ]);
  });
});
