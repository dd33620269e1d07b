/**
 * The pane looks like its host: Office's theme (Office.context.officeTheme, Mailbox 1.14) decides light
 * or dark and lends the pane its body and control colours; the Fluent tokens in baton.css supply the
 * rest. Without an Office theme (an older client, a browser) the system's prefers-color-scheme decides.
 *
 * Outlook reports only the four colours (isDarkTheme and themeId are documented as unsupported in
 * Outlook): dark is read from the body background. Host colours are adopted only when every text pair
 * the pane draws with them keeps WCAG AA contrast; otherwise the Fluent palette of the same scheme stays.
 */
import type { ThemeName } from "./types";

/** WCAG 2.1 AA (1.4.3) contrast for body text: every text/background pair the pane draws keeps it. */
export const MIN_TEXT_CONTRAST = 4.5;

/** What Office.OfficeTheme may carry; any field can be absent (older clients, other hosts). */
export interface HostTheme {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  /** Not supported in Outlook (documented); honoured where a host provides it. */
  isDarkTheme?: boolean;
  themeId?: unknown;
}

/** The scheme the stylesheet selects (html[data-theme]) and the host colours laid over it. */
export interface PaneTheme {
  name: ThemeName;
  /** CSS custom properties set on the root element: empty when the Fluent palette stands as is. */
  vars: Partial<Record<HostToken, string>>;
}

/** The tokens a host theme may override; every other token comes from baton.css. */
export const HOST_TOKENS = ["--bg", "--fg", "--control-bg", "--control-fg"] as const;
export type HostToken = (typeof HOST_TOKENS)[number];

/**
 * baton.css's neutral tokens that sit beside host colours in a text pair, per scheme (the CSS is the
 * source; theme.test.ts checks these mirror it).
 */
export const FLUENT_NEUTRALS = {
  light: {
    bg: "#ffffff",
    fg: "#242424",
    fgSubtle: "#616161",
    bgSubtle: "#f5f5f5",
    bgHover: "#ebebeb",
    brand: "#0f6cbd",
  },
  dark: {
    bg: "#292929",
    fg: "#ffffff",
    fgSubtle: "#d6d6d6",
    bgSubtle: "#1f1f1f",
    bgHover: "#3d3d3d",
    brand: "#479ef5",
  },
} as const;

/** "#rgb" or "#rrggbb" (the hash optional, as Office writes "#FFFFFF") as 0-255 channels; null otherwise. */
export function parseColour(colour: unknown): [number, number, number] | null {
  if (typeof colour !== "string") return null;
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio (1 to 21) of two colours; null when either is not a hex colour. */
export function contrastRatio(a: unknown, b: unknown): number | null {
  const [ca, cb] = [parseColour(a), parseColour(b)];
  if (ca === null || cb === null) return null;
  const [la, lb] = [luminance(ca), luminance(cb)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Dark when white text on the colour contrasts more than black text does. */
export function isDarkColour(colour: [number, number, number]): boolean {
  const l = luminance(colour);
  return (1 + 0.05) / (l + 0.05) > (l + 0.05) / 0.05;
}

const readable = (fg: string, bg: string) => (contrastRatio(fg, bg) ?? 0) >= MIN_TEXT_CONTRAST;

/** The pane's theme from the host's (null: none reported) and the system's dark preference. */
export function themeFrom(host: HostTheme | null | undefined, prefersDark: boolean): PaneTheme {
  const body = parseColour(host?.bodyBackgroundColor);
  const reported =
    typeof host?.isDarkTheme === "boolean" ? host.isDarkTheme : body === null ? null : isDarkColour(body);
  if (host === null || host === undefined || reported === null)
    return { name: prefersDark ? "dark" : "light", vars: {} };
  const dark = reported;
  const name: ThemeName = dark ? "dark" : "light";
  return { name, vars: hostColours(host, FLUENT_NEUTRALS[name]) };
}

function hostColours(
  host: HostTheme,
  fluent: (typeof FLUENT_NEUTRALS)[ThemeName],
): Partial<Record<HostToken, string>> {
  const vars: Partial<Record<HostToken, string>> = {};
  const { bodyBackgroundColor: bg, bodyForegroundColor: fg } = host;
  // Body: the host's pair when it reads, and when the Fluent text and surfaces beside it still do
  // (subtle text and links on the host's body; the host's text on notes, clocks and hover).
  if (typeof bg === "string" && typeof fg === "string") {
    const pairs: [string, string][] = [
      [fg, bg],
      [fg, fluent.bgSubtle],
      [fg, fluent.bgHover],
      [fluent.fgSubtle, bg],
      [fluent.brand, bg],
    ];
    if (pairs.every(([text, surface]) => readable(text, surface))) {
      vars["--bg"] = normalised(bg);
      vars["--fg"] = normalised(fg);
    }
  }
  const { controlBackgroundColor: controlBg, controlForegroundColor: controlFg } = host;
  // Controls: their text also sits on the hover surface.
  if (
    typeof controlBg === "string" &&
    typeof controlFg === "string" &&
    readable(controlFg, controlBg) &&
    readable(controlFg, fluent.bgHover)
  ) {
    vars["--control-bg"] = normalised(controlBg);
    vars["--control-fg"] = normalised(controlFg);
  }
  return vars;
}

/** Lower-case #rrggbb (only called on colours readable() parsed). */
function normalised(colour: string): string {
  const channels = parseColour(colour) ?? [0, 0, 0];
  return `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** Sets the scheme and the host's colours on the root element, clearing colours a previous theme set. */
export function applyTheme(root: HTMLElement, theme: PaneTheme): void {
  root.dataset.theme = theme.name;
  for (const token of HOST_TOKENS) {
    const value = theme.vars[token];
    if (value === undefined) root.style.removeProperty(token);
    else root.style.setProperty(token, value);
  }
}

interface OfficeLike {
  context?: {
    officeTheme?: HostTheme;
    mailbox?: {
      addHandlerAsync?: (
        type: unknown,
        handler: (args: { officeTheme?: HostTheme }) => void,
        cb?: () => void,
      ) => void;
    };
  };
  EventType?: { OfficeThemeChanged?: unknown };
}

/**
 * Applies the host's theme now and on every change: OfficeThemeChanged where Office reports a theme
 * (Mailbox 1.14, task panes only), else the system's prefers-color-scheme. Call after Office is ready.
 */
export function followHostTheme(root: HTMLElement = document.documentElement): void {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
  const apply = (host: HostTheme | null | undefined) => {
    applyTheme(root, themeFrom(host, media?.matches ?? false));
  };
  const reported = office?.context?.officeTheme;
  apply(reported);
  const type = office?.EventType?.OfficeThemeChanged;
  const mailbox = office?.context?.mailbox;
  if (reported !== undefined && type !== undefined && typeof mailbox?.addHandlerAsync === "function") {
    // The event carries the new theme; a failed registration (older client) leaves the first one.
    mailbox.addHandlerAsync(type, (args) => {
      apply(args.officeTheme ?? office?.context?.officeTheme);
    });
    return;
  }
  media?.addEventListener("change", () => {
    apply(office?.context?.officeTheme);
  });
}
