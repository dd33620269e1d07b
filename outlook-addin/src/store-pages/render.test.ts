// The support, privacy and terms pages exist in every language, say everything in that language, and
// come out of the real build (webpack emits them; no script on the served pages).
import { CATALOGUES } from "@baton/shared/i18n/all";
import { LANGUAGES } from "@baton/shared/i18n";
import { buildOutput } from "../manifest/build-output.test-support";
import { PAGE_NAMES, pagePath, storePagePaths } from "./pages";
import { renderPage, renderStorePages } from "./render";

const TAGS = ["strong", "em", "fill", "support", "privacy", "terms", "deletion"];
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe.each(LANGUAGES)("the %s store pages", (language) => {
  it.each(PAGE_NAMES)("%s is a whole page in its language, with no script", (name) => {
    const html = renderPage(language, name);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain('<main id="content">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/);
    // No ICU argument or tag left unformatted.
    expect(text(html)).not.toMatch(/[{}]|<\/?\w/);
    expect(html).toContain(language === "en" ? 'href="pages.css"' : 'href="../pages.css"');
  });

  it.each(PAGE_NAMES)("%s links to itself in every other language", (name) => {
    const html = renderPage(language, name);
    for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
      const here = pagePath(language, name).split("/").length - 1;
      expect(html).toContain(`href="${"../".repeat(here)}${pagePath(other, name)}" hreflang="${other}"`);
    }
  });
});

describe("the store catalogue's markup", () => {
  it.each(LANGUAGES)("uses only the page tags in %s", (language) => {
    const stray = Object.entries(CATALOGUES[language].store).filter(([, pattern]) =>
      [...pattern.matchAll(/<\/?([^>]*)>/g)].some((match) => !TAGS.includes(match[1] ?? "")),
    );
    expect(stray).toEqual([]);
  });

  it("is escaped, so a translation cannot add markup", () => {
    const html = renderPage("en", "terms");
    expect(html).not.toContain("<fill>");
    expect(html).toContain('<span class="publisher-fills">');
  });
});

describe("the Dutch store pages", () => {
  it("contain no English sentence of the catalogue", () => {
    const dutch = PAGE_NAMES.map((name) => text(renderPage("nl", name))).join(" ");
    const dutchMessages: Readonly<Record<string, string>> = CATALOGUES.nl.store;
    const english = Object.entries(CATALOGUES.en.store)
      .filter(([key, pattern]) => pattern !== dutchMessages[key])
      .flatMap(([, pattern]) => text(pattern).split(/\{[^}]*\}/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.length > 12);
    expect(english.filter((fragment) => dutch.includes(fragment))).toEqual([]);
  });
});

describe("the build", () => {
  it("serves every store page in every language", async () => {
    const build = await buildOutput("local", "https://localhost:3000");
    expect(storePagePaths().filter((path) => !build.paths.has(`/${path}`))).toEqual([]);
    expect(build.text("/nl/privacy.html")).toBe(renderStorePages()["nl/privacy.html"]);
  }, 120_000);
});
