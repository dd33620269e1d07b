/**
 * The task pane's size budgets and how they are measured: the first bundle (taskpane.js, what the
 * pane's page loads before it can show anything) and everything the pane may load later (the
 * Firestore chunk, the catalogues of both languages), gzipped at level 9 as a CDN would serve them.
 * The build lists each entry's files in bundle-files.json (webpack.config.js).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** DESIGN.md's budget for the pane's first bundle: Outlook opens the pane on every click of Baton. */
export const TASKPANE_FIRST_JS_BUDGET_KB = 150;
/**
 * Everything the read pane can ever load (first bundle + live updates + both languages' catalogues):
 * the Firestore chunk arrives after the first view, but it still crosses slow links in Office webviews.
 * 200 KB keeps today's ~185 KB from growing unseen.
 */
export const TASKPANE_ALL_JS_BUDGET_KB = 200;
/**
 * The compose pane's JavaScript: it opens on every Reply click, so it carries no Firebase SDK (REST
 * sign-in, polled presence) and must stay a small fraction of the read pane's budget. Was 30 KB until
 * issue 18 brought the host's theme (~1.1 KB) and the translator with its ICU parser (~9.6 KB, for
 * error sentences and the pane's words in two languages): 35 KB, with the parser the next cut
 * (catalogues precompiled at build time would leave only intl-messageformat's formatter).
 */
export const COMPOSE_JS_BUDGET_KB = 35;

export interface EntrySize {
  /** Gzipped bytes of the files the page's script tag loads. */
  first: number;
  /** Gzipped bytes of those and every chunk the entry may load later. */
  all: number;
  /** Gzipped bytes per file. */
  files: Record<string, number>;
}

type BundleFiles = Record<string, { first: string[]; later: string[] }>;

export function gzippedSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The entry's sizes in a build's output directory. */
export function entrySize(dist: string, entry: string): EntrySize {
  const listed = (JSON.parse(readFileSync(join(dist, "bundle-files.json"), "utf8")) as BundleFiles)[entry];
  if (listed === undefined) throw new Error(`bundle-files.json in ${dist} lists no entry ${entry}.`);
  const files: Record<string, number> = {};
  for (const file of [...listed.first, ...listed.later]) files[file] = gzippedSize(join(dist, file));
  const sum = (names: string[]) => names.reduce((total, name) => total + (files[name] ?? 0), 0);
  return { first: sum(listed.first), all: sum([...new Set([...listed.first, ...listed.later])]), files };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
