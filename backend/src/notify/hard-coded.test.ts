/**
 * Issue 18: the notifications Baton sends (SLA mails and channel messages, mention mails and lines,
 * follow-up and hand-over mails, the customer survey's mail and page) take every sentence from the
 * notify catalogue, so each reader gets them in their language. This keeps them there.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { proseLiterals } from "../../test/notify/prose-literals";

const SRC = join(__dirname, "..");

/** Folders whose every source writes what recipients read. */
const FOLDERS = ["mentions", "csat", "sla"];

/** Files elsewhere that do; notify/'s diagnostics (signature, safe-post, post-json) are operators'. */
const FILES = [
  "notify/message.ts",
  "notify/slack.ts",
  "notify/teams.ts",
  "notify/email.ts",
  "notify/when.ts",
  "notify/language.ts",
  "followups/notice.ts",
  "followups/sweep.ts",
  "routing/rebalance.ts",
];

function sources(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => join(dir, name));
}

const files = [...FOLDERS.flatMap((folder) => sources(join(SRC, folder))), ...FILES.map((f) => join(SRC, f))];

describe("notification sources", () => {
  it("are found (a moved file must not silently check nothing)", () => {
    expect(FOLDERS.every((folder) => sources(join(SRC, folder)).length > 0)).toBe(true);
    expect(files.length).toBeGreaterThan(FILES.length);
  });

  it("write no sentence of their own: every word comes from the notify catalogue", () => {
    const found = files.flatMap((file) =>
      proseLiterals(file, readFileSync(file, "utf8")).map(
        ({ line, text }) => `${relative(SRC, file)}:${line} ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it("would catch a sentence, a capitalised word and one in markup", () => {
    const source = [
      'const a = "Owner: nobody";',
      "const b = `<p>${name} mentioned you</p>`;",
      'const c = "Send";',
      'const ok = ["mail", "Content-Type", `${org}.${id}`, "csat.language"];',
      'logger.warn("mention channel post failed");',
    ].join("\n");
    expect(proseLiterals("x.ts", source).map((l) => l.line)).toEqual([1, 2, 3]);
  });
});
