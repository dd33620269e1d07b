// Debian's Chromium driven by playwright-core (no browser download), for every browser test and
// benchmark. Installs it from apt when missing (the machine has the Debian mirror, not Playwright's
// CDN), with the flags a machine without outside network needs.
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  execSync("apt-get update && apt-get install -y chromium", { stdio: "inherit" });
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is still missing at ${CHROMIUM} after apt-get install.`);
}

/** Chromium may still be flushing its profile as it exits: retry, and never fail a test over it. */
function removeProfile(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // A leftover temporary directory is harmless.
  }
}

export interface Browser {
  /**
   * A fresh, isolated browser profile (its own --user-data-dir): one per agent. `timeZone` (an IANA
   * name) is the zone the page's clock and Intl read, for walks run as a reader in New York or
   * Amsterdam whatever the machine's zone.
   */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export interface ContextOptions {
  timeZone?: string;
  viewport?: { width: number; height: number };
  /** The browser's language (navigator.languages, Accept-Language), e.g. "nl-NL". */
  locale?: string;
}

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Each context is its own Chromium with a fresh profile directory (Playwright passes it as
 * --user-data-dir), removed when the context or the whole browser closes.
 */
export function launchChromium(): Promise<Browser> {
  ensureChromium();
  const open = new Set<{ context: BrowserContext; profile: string }>();
  const closeOne = async (entry: { context: BrowserContext; profile: string }) => {
    open.delete(entry);
    await entry.context.close().catch(() => undefined);
    removeProfile(entry.profile);
  };
  return Promise.resolve({
    newContext: async (options: ContextOptions = {}) => {
      const profile = mkdtempSync(join(tmpdir(), "baton-chromium-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_FLAGS,
        // The dev server's certificate comes from a local CA the system does not trust (by design).
        ignoreHTTPSErrors: true,
        viewport: options.viewport ?? { width: 420, height: 900 },
        ...(options.timeZone === undefined ? {} : { timezoneId: options.timeZone }),
        ...(options.locale === undefined ? {} : { locale: options.locale }),
      });
      const entry = { context, profile };
      open.add(entry);
      context.once("close", () => {
        open.delete(entry);
        removeProfile(profile);
      });
      return context;
    },
    close: async () => {
      await Promise.all([...open].map(closeOne));
    },
  });
}

/** One plain headless Chromium (one profile, many pages): for suites that need no per-agent profile. */
export async function launchHeadlessChromium(): Promise<PlaywrightBrowser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
