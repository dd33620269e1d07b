/**
 * The pane looks like its host, in Chromium over the Outlook stand-in (the real build, outlook-addin/dist):
 * Office's dark theme (Office.context.officeTheme) makes the pane dark with readable text, a theme switch
 * in Outlook (OfficeThemeChanged) restyles the open pane, and a client without the theme API (Mailbox
 * 1.12) follows the system's prefers-color-scheme.
 */
import type { Page } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase } from "../../integration/support/stack";
import { paneFragment, type StandinClient } from "../../../workbench/src/thread-item";
import { STANDIN_THEME } from "../../../workbench/src/host-standin-entry-constants";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "./support/dev-server";
import { knownThread } from "./support/known-thread";

let org: TestOrg;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  org = await createTestOrg("outlook-theme", { ana: "agent" });
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    BATON_DEMO_MEMBERS: org.email("ana"),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPane(
  theme: "light" | "dark",
  client: StandinClient = {},
  systemScheme: "light" | "dark" = "light",
): Promise<Page> {
  const { item } = await knownThread(org);
  const context = await browser!.newContext();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: systemScheme });
  await page.goto(
    `${server!.origin}/workbench-pane.html#${paneFragment(item, org.email("ana"), theme, client)}`,
  );
  await page.getByTestId("owner").waitFor({ timeout: 30_000 });
  return page;
}

interface Look {
  theme: string | undefined;
  /** The body's computed background, as the browser paints it. */
  background: string;
  backgroundLuminance: number;
  /** Each visible text element's contrast against the background it is painted on, lowest first. */
  contrasts: { text: string; ratio: number }[];
}

/**
 * Reads the pane as painted: computed colours, each text's effective background, WCAG contrast. A
 * string evaluated in the page (the tests compile without the DOM's types, as dutch.test.ts does).
 */
const LOOK = `(() => {
  const rgb = (css) => {
    const m = /rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)/.exec(css);
    return m === null ? null : { c: [Number(m[1]), Number(m[2]), Number(m[3])], a: m[4] === undefined ? 1 : Number(m[4]) };
  };
  const luminance = (c) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backgroundOf = (element) => {
    for (let at = element; at !== null; at = at.parentElement) {
      const bg = rgb(getComputedStyle(at).backgroundColor);
      if (bg !== null && bg.a > 0) return bg.c;
    }
    return [255, 255, 255];
  };
  const contrasts = [];
  for (const element of document.querySelectorAll("body *")) {
    const own = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== "");
    const style = getComputedStyle(element);
    if (!own || element.getBoundingClientRect().width === 0 || style.visibility === "hidden") continue;
    // Screen-reader-only text is not painted; WCAG 1.4.3 exempts inactive (disabled) controls.
    if (element.closest(".sr-only") !== null || element.disabled === true) continue;
    const fg = rgb(style.color);
    if (fg === null) continue;
    const [lf, lb] = [luminance(fg.c), luminance(backgroundOf(element))];
    contrasts.push({
      text: element.textContent.trim().slice(0, 40),
      ratio: (Math.max(lf, lb) + 0.05) / (Math.min(lf, lb) + 0.05),
    });
  }
  return {
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    backgroundLuminance: luminance(backgroundOf(document.body)),
    contrasts: contrasts.sort((a, b) => a.ratio - b.ratio),
  };
})()`;

const look = (page: Page) => page.evaluate<Look>(LOOK);

describe("the Outlook pane follows Office's theme", () => {
  it("is dark with a dark officeTheme, every text at 4.5:1 or more", async () => {
    const page = await openPane("dark");
    const seen = await look(page);
    expect(seen.theme).toBe("dark");
    // Outlook's dark body colour (#292929), taken from officeTheme.
    expect(seen.background).toBe("rgb(41, 41, 41)");
    expect(seen.backgroundLuminance).toBeLessThan(0.05);
    expect(seen.contrasts.length).toBeGreaterThan(3);
    expect(seen.contrasts.filter((c) => c.ratio < 4.5)).toEqual([]);
    await page.context().close();
  });

  it("restyles the open pane when Outlook switches theme (OfficeThemeChanged), readable in light too", async () => {
    const page = await openPane("dark");
    // What the workbench's theme toggle sends: the stand-in fires OfficeThemeChanged, as Outlook does.
    await page.evaluate(
      `window.postMessage(${JSON.stringify({ type: STANDIN_THEME, theme: "light" })}, location.origin)`,
    );
    await page.waitForFunction(`document.documentElement.dataset.theme === "light"`);
    const seen = await look(page);
    expect(seen.background).toBe("rgb(255, 255, 255)");
    expect(seen.contrasts.filter((c) => c.ratio < 4.5)).toEqual([]);
    await page.context().close();
  });

  it("follows the system's dark preference where Outlook has no theme API (Mailbox 1.12)", async () => {
    const page = await openPane("light", { mailboxVersion: "1.12" }, "dark");
    const seen = await look(page);
    expect(seen.theme).toBe("dark");
    expect(seen.backgroundLuminance).toBeLessThan(0.05);
    expect(seen.contrasts.filter((c) => c.ratio < 4.5)).toEqual([]);
    await page.context().close();
  });
});
