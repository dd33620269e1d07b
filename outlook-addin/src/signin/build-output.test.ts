// The pages a manifest or a store listing names, and the .well-known file, come out of the real
// webpack config (production target, a customer's origin), so Hosting serves them from the same build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

const addin = join(__dirname, "..", "..");
const origin = "https://baton.contoso.example";
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "baton-addin-build-"));
  const saved = { ...process.env };
  Object.assign(process.env, { BATON_TARGET: "production", BATON_ADDIN_ORIGIN: origin, BATON_OUT_DIR: out });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config as webpack-cli loads it
    const makeConfig = require(join(addin, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string },
    ) => webpack.Configuration;
    // Only the copied and emitted files are under test: the smallest entry keeps it quick.
    const config = { ...makeConfig({}, { mode: "development" }), context: addin };
    config.entry = { "launch-event": "./src/commands/launch-event.ts" };
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(config, (error, result) => {
        if (error) reject(error);
        else resolve(result!);
      });
    });
    expect(stats.hasErrors()).toBe(false);
  } finally {
    process.env = saved;
  }
}, 120_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe("the add-in build output", () => {
  it.each(["support.html", "privacy.html", "terms.html", "signin.html", "pages.css"])(
    "contains %s",
    (page) => {
      expect(existsSync(join(out, page))).toBe(true);
    },
  );

  it("ships pages with landmarks, one h1, a language and dark mode", () => {
    const css = readFileSync(join(out, "pages.css"), "utf8");
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    for (const page of ["support.html", "privacy.html", "terms.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      expect(html).toMatch(/<html lang="en">/);
      expect(html).toMatch(/<main id="content">/);
      expect(html).toMatch(/<nav aria-label=/);
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html).toContain('href="pages.css"');
    }
  });

  it("says what is and is not stored, and marks what the publisher must fill in", () => {
    const privacy = readFileSync(join(out, "privacy.html"), "utf8");
    for (const fact of ["Message-ID", "Notes", "Claims and assignments", "SLA events", "Presence"])
      expect(privacy).toContain(fact);
    expect(privacy).toMatch(/Message bodies<\/strong> and <strong>attachments/);
    expect(privacy).toMatch(/retention period of 30 to 3,650 days/);
    expect(privacy).toContain('class="publisher-fills"');
  });

  it("loads office.js from Microsoft's CDN in the sign-in page", () => {
    const html = readFileSync(join(out, "signin.html"), "utf8");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(html).toContain('src="signin.js"');
  });

  it("lists the manifest's event-runtime script at the production origin in the .well-known file", () => {
    const manifest = readFileSync(join(addin, "..", "manifests", "outlook", "manifest.xml"), "utf8");
    const resid = /<Override\s+type="javascript"\s+resid="([^"]+)"/.exec(manifest)?.[1];
    const url = new RegExp(`<bt:Url\\s+id="${resid}"\\s+DefaultValue="([^"]+)"`).exec(manifest)?.[1];
    expect(url).toMatch(/^https:\/\/localhost:3000\/.+\.js$/);
    const file = join(out, ".well-known", "microsoft-officeaddins-allowed.json");
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
    expect(parsed).toEqual({ allowed: [url!.replace("https://localhost:3000", origin)] });
  });

  it("is deployed by Hosting as JSON (the ignore list keeps .well-known)", () => {
    const firebase = JSON.parse(readFileSync(join(addin, "..", "firebase.json"), "utf8")) as {
      hosting: {
        public: string;
        ignore: string[];
        headers: { source: string; headers: { key: string; value: string }[] }[];
      };
    };
    expect(firebase.hosting.public).toBe("outlook-addin/dist");
    expect(firebase.hosting.ignore.some((glob) => /^\*\*\/\.\*$|^\.\*$/.test(glob))).toBe(false);
    const rule = firebase.hosting.headers.find(
      (entry) => entry.source === "/.well-known/microsoft-officeaddins-allowed.json",
    );
    expect(rule?.headers).toContainEqual({ key: "Content-Type", value: "application/json" });
  });
});
