/**
 * The store pages as HTML, one per page and language, from the `store` catalogue area (pages.ts says
 * which messages make each page). Build time only (webpack emits the result, scripts/store-pages.cjs):
 * the served pages carry no script, and a reader whose browser runs none still reads them.
 *
 * Messages are ICU; the few tags they may use (en/store.ts lists them) become markup here, and every
 * other character of a message is escaped, so a translation can never inject markup.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { allMessages } from "@baton/shared/i18n/all";
import { LANGUAGES, LANGUAGE_NAMES, type Language } from "@baton/shared/i18n";
import { PAGES, PAGE_NAMES, pagePath, type Block, type PageName, type StoreKey, type Text } from "./pages";

/** The formatting locale of each page language (the pages are not personal: no host to ask). */
const PAGE_LOCALE: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

type Chunks = (string | string[])[];
const join = (chunks: Chunks) => chunks.flat().join("");

interface Context {
  language: Language;
  /** Another page of the same language (they share a folder). */
  link: (page: PageName, fragment?: string) => string;
}

function format(context: Context, text: Text): string {
  const pattern = allMessages(context.language)[text.key];
  if (pattern === undefined) throw new Error(`The store catalogue has no ${text.key}.`);
  const a = (page: PageName, fragment?: string) => (chunks: Chunks) =>
    `<a href="${context.link(page, fragment)}">${join(chunks)}</a>`;
  const tags = {
    strong: (chunks: Chunks) => `<strong>${join(chunks)}</strong>`,
    em: (chunks: Chunks) => `<em>${join(chunks)}</em>`,
    fill: (chunks: Chunks) => `<span class="publisher-fills">${join(chunks)}</span>`,
    support: a("support"),
    privacy: a("privacy"),
    terms: a("terms"),
    deletion: a("privacy", "deletion"),
  };
  // Literal text is escaped before ICU sees it; the catalogue test (render.test.ts) keeps "<" and ">"
  // to the tags above, so the tags are the only markup a message can make.
  const escaped = pattern.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  const message = new IntlMessageFormat(escaped, PAGE_LOCALE[context.language]);
  const result = message.format<string>({ ...tags, ...text.params });
  return Array.isArray(result) ? result.join("") : result;
}

function block(context: Context, item: Block): string {
  const say = (key: StoreKey) => format(context, { key });
  if ("h2" in item) return `<h2${item.id === undefined ? "" : ` id="${item.id}"`}>${say(item.h2)}</h2>`;
  if ("h3" in item) return `<h3>${say(item.h3)}</h3>`;
  if ("p" in item) return `<p>${format(context, item.p)}</p>`;
  if ("ul" in item) return `<ul>\n${item.ul.map((key) => `  <li>${say(key)}</li>`).join("\n")}\n</ul>`;
  const { caption, columns, rows } = item.table;
  const head = columns.map((key) => `<th scope="col">${say(key)}</th>`).join("");
  const body = rows
    .map(([row, ...cells]) => {
      const data = cells.map((key) => `<td>${say(key)}</td>`).join("");
      return `  <tr><th scope="row">${row === undefined ? "" : say(row)}</th>${data}</tr>`;
    })
    .join("\n");
  return `<table>\n<caption>${say(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** From `from`'s folder to `to` (both build paths, "nl/support.html"). */
function relative(from: string, to: string): string {
  const up = from.split("/").length - 1;
  return "../".repeat(up) + to;
}

export function renderPage(language: Language, name: PageName): string {
  const path = pagePath(language, name);
  const context: Context = {
    language,
    link: (page, fragment) => `${page}.html${fragment === undefined ? "" : `#${fragment}`}`,
  };
  const page = PAGES[name];
  const say = (key: StoreKey, params?: Text["params"]) => format(context, { key, params });
  const strip = (html: string) => html.replace(/<[^>]+>/g, "");
  // The title's page name is already escaped text (say), so it goes in as it is.
  const pageTitle = strip(say("store.pageTitle", { page: strip(say(page.title)) }));
  const nav = PAGE_NAMES.map((other) => {
    const current = other === name ? ' aria-current="page"' : "";
    return `          <li><a href="${context.link(other)}"${current}>${say(PAGES[other].nav)}</a></li>`;
  }).join("\n");
  // Each page names its translations: a visible link for readers, rel=alternate for search engines.
  const others = LANGUAGES.filter((other) => other !== language);
  const languageLinks = others
    .map(
      (other) =>
        `          <li><a href="${relative(path, pagePath(other, name))}" hreflang="${other}" lang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</a></li>`,
    )
    .join("\n");
  const alternates = LANGUAGES.map(
    (other) =>
      `    <link rel="alternate" hreflang="${other}" href="${relative(path, pagePath(other, name))}" />`,
  ).join("\n");
  const main = page.blocks.map((item) => block(context, item)).join("\n");
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="description" content="${strip(say(page.description))}" />
    <title>${pageTitle}</title>
    <link rel="stylesheet" href="${relative(path, "pages.css")}" />
${alternates}
  </head>
  <body>
    <a class="skip" href="#content">${say("store.skipToContent")}</a>
    <header>
      <p>${say("store.siteTagline")}</p>
      <nav aria-label="${strip(say("store.pagesNavLabel"))}">
        <ul>
${nav}
        </ul>
      </nav>
      <nav aria-label="${strip(say("store.languageNavLabel"))}">
        <ul>
${languageLinks}
        </ul>
      </nav>
    </header>
    <main id="content">
      <h1>${say(page.heading)}</h1>
${main}
    </main>
    <footer>
      <p>${say("store.footer")}</p>
    </footer>
  </body>
</html>
`;
}

/** Every page in every language: build path -> HTML. */
export function renderStorePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const language of LANGUAGES)
    for (const name of PAGE_NAMES) pages[pagePath(language, name)] = renderPage(language, name);
  return pages;
}
