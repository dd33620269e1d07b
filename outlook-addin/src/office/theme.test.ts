import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  applyTheme,
  contrastRatio,
  FLUENT_NEUTRALS,
  HOST_TOKENS,
  MIN_TEXT_CONTRAST,
  themeFrom,
  type HostTheme,
  type PaneTheme,
} from "./theme";

// The colours Outlook on the web reports (and the workbench's stand-in serves) for its light and dark themes.
const OUTLOOK_LIGHT: HostTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#242424",
};
const OUTLOOK_DARK: HostTheme = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#1F1F1F",
  controlForegroundColor: "#FFFFFF",
};

/** baton.css's custom properties: the :root block and the dark block laid over it. */
function cssTokens(): Record<"light" | "dark", Record<string, string>> {
  const css = readFileSync(join(__dirname, "..", "..", "public", "baton.css"), "utf8");
  const block = (selector: string): Record<string, string> => {
    const start = css.indexOf(`${selector} {`);
    const body = css.slice(start, css.indexOf("}", start));
    return Object.fromEntries(
      [...body.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m): [string, string] => [
        m[1] ?? "",
        (m[2] ?? "").trim(),
      ]),
    );
  };
  const light = block(":root");
  return { light, dark: { ...light, ...block(':root[data-theme="dark"]') } };
}

/** Every text colour the stylesheet draws, on each surface it is drawn on. */
const TEXT_PAIRS: [text: string, surface: string][] = [
  ["--fg", "--bg"],
  ["--fg", "--bg-subtle"],
  ["--fg", "--bg-hover"],
  ["--fg-subtle", "--bg"],
  ["--fg-subtle", "--bg-subtle"],
  ["--control-fg", "--control-bg"],
  ["--control-fg", "--bg-hover"],
  ["--brand", "--bg"],
  ["--brand", "--bg-subtle"],
  ["--on-brand", "--brand"],
  ["--on-brand", "--brand-hover"],
  ["--warning-fg", "--warning-bg"],
  ["--danger-fg", "--danger-bg"],
  ["--danger-fg", "--bg"],
  ["--success-fg", "--bg-subtle"],
  ["--paused-fg", "--bg-subtle"],
];

/** The tokens as the browser resolves them: the scheme's, the host's laid over, var() followed. */
function resolved(theme: PaneTheme): Record<string, string> {
  const tokens: Record<string, string> = { ...cssTokens()[theme.name], ...theme.vars };
  const value = (name: string, depth = 0): string => {
    const raw = tokens[name] ?? "";
    const ref = /^var\((--[a-z0-9-]+)\)$/.exec(raw);
    return ref !== null && depth < 5 ? value(ref[1]!, depth + 1) : raw;
  };
  return Object.fromEntries(Object.keys(tokens).map((name) => [name, value(name)]));
}

function failingPairs(theme: PaneTheme): string[] {
  const tokens = resolved(theme);
  return TEXT_PAIRS.filter(([text, surface]) => {
    const ratio = contrastRatio(tokens[text], tokens[surface]);
    return ratio === null || ratio < MIN_TEXT_CONTRAST;
  }).map(
    ([text, surface]) => `${text} on ${surface}: ${contrastRatio(tokens[text], tokens[surface])?.toFixed(2)}`,
  );
}

describe("themeFrom (Office's theme -> the pane's scheme and tokens)", () => {
  it("follows Outlook's dark theme from the body colour and lends the pane its colours", () => {
    expect(themeFrom(OUTLOOK_DARK, false)).toEqual({
      name: "dark",
      vars: { "--bg": "#292929", "--fg": "#ffffff", "--control-bg": "#1f1f1f", "--control-fg": "#ffffff" },
    });
  });

  it("follows Outlook's light theme even when the system prefers dark", () => {
    expect(themeFrom(OUTLOOK_LIGHT, true).name).toBe("light");
  });

  it("falls back to prefers-color-scheme without an Office theme (older clients, a browser)", () => {
    expect(themeFrom(null, true)).toEqual({ name: "dark", vars: {} });
    expect(themeFrom(undefined, false)).toEqual({ name: "light", vars: {} });
    expect(themeFrom({ bodyBackgroundColor: "not a colour" }, true)).toEqual({ name: "dark", vars: {} });
  });

  it("honours isDarkTheme where a host reports it (Outlook does not)", () => {
    expect(themeFrom({ ...OUTLOOK_LIGHT, isDarkTheme: true }, false).name).toBe("dark");
    expect(themeFrom({ isDarkTheme: false }, true)).toEqual({ name: "light", vars: {} });
  });

  it("reads Office's black and dark grey as dark, white and colourful as light", () => {
    expect(themeFrom({ bodyBackgroundColor: "#000000" }, false).name).toBe("dark");
    expect(themeFrom({ bodyBackgroundColor: "#444" }, false).name).toBe("dark");
    expect(themeFrom({ bodyBackgroundColor: "#F3F2F1" }, true).name).toBe("light");
  });

  it("keeps the Fluent palette where the host's text would not read (below 4.5:1)", () => {
    const grey = { ...OUTLOOK_LIGHT, bodyBackgroundColor: "#888888", bodyForegroundColor: "#777777" };
    expect(themeFrom(grey, false).vars["--bg"]).toBeUndefined();
  });

  it("keeps the Fluent body where Fluent's subtle text or links would not read on the host's", () => {
    // Black on mid grey reads, but the subtle grey and the brand blue beside it would not.
    expect(themeFrom({ bodyBackgroundColor: "#a0a0a0", bodyForegroundColor: "#000000" }, false)).toEqual({
      name: "light",
      vars: {},
    });
    // A slightly off-white body (Office's colourful theme) is adopted.
    expect(themeFrom({ bodyBackgroundColor: "#faf9f8", bodyForegroundColor: "#201f1e" }, false).vars).toEqual(
      {
        "--bg": "#faf9f8",
        "--fg": "#201f1e",
      },
    );
  });

  it("never yields a text pair below 4.5:1, whatever colours the host reports", () => {
    const colour = fc
      .tuple(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
      )
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);
    fc.assert(
      fc.property(
        colour,
        colour,
        colour,
        colour,
        fc.boolean(),
        (bodyBg, bodyFg, controlBg, controlFg, prefersDark) => {
          const host = {
            bodyBackgroundColor: bodyBg,
            bodyForegroundColor: bodyFg,
            controlBackgroundColor: controlBg,
            controlForegroundColor: controlFg,
          };
          expect(failingPairs(themeFrom(host, prefersDark))).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("baton.css's Fluent tokens", () => {
  it.each(["light", "dark"] as const)("keep every text pair at 4.5:1 or more in %s", (name) => {
    expect(failingPairs({ name, vars: {} })).toEqual([]);
    expect(failingPairs(themeFrom(name === "dark" ? OUTLOOK_DARK : OUTLOOK_LIGHT, false))).toEqual([]);
  });

  it.each(["light", "dark"] as const)("are what theme.ts checks host colours against (%s)", (name) => {
    const css = cssTokens()[name];
    const fluent = FLUENT_NEUTRALS[name];
    expect({
      bg: css["--bg"],
      fg: css["--fg"],
      fgSubtle: css["--fg-subtle"],
      bgSubtle: css["--bg-subtle"],
      bgHover: css["--bg-hover"],
      brand: css["--brand"],
    }).toEqual(fluent);
  });

  it("define a 2px focus ring for :focus-visible", () => {
    const css = readFileSync(join(__dirname, "..", "..", "public", "baton.css"), "utf8");
    expect(cssTokens().light["--stroke-thick"]).toBe("2px");
    expect(css).toMatch(/:focus-visible \{[^}]*outline: var\(--focus-width\) solid var\(--focus\)/);
  });
});

describe("applyTheme", () => {
  function fakeRoot() {
    const style = new Map<string, string>();
    const root = {
      dataset: {} as Record<string, string>,
      style: {
        setProperty: (name: string, value: string) => style.set(name, value),
        removeProperty: (name: string) => style.delete(name),
      },
    };
    return { root: root as unknown as HTMLElement, style, dataset: root.dataset };
  }

  it("sets the scheme and the host's colours, and clears them when the next theme has none", () => {
    const { root, style, dataset } = fakeRoot();
    applyTheme(root, themeFrom(OUTLOOK_DARK, false));
    expect(dataset.theme).toBe("dark");
    expect(style.get("--bg")).toBe("#292929");
    applyTheme(root, themeFrom(null, false));
    expect(dataset.theme).toBe("light");
    expect(HOST_TOKENS.filter((token) => style.has(token))).toEqual([]);
  });
});
