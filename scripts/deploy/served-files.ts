// The manifest check's view of what Hosting serves: files in the given folders, with PNG sizes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pngSize } from "../../outlook-addin/src/manifest/check-manifest";
import { storePagePaths } from "../../outlook-addin/src/store-pages/pages";

/** Webpack entries: named by the manifest, present once the pane is built (as scripts/manifest.ts knows). */
const ENTRIES = ["taskpane", "launch-event", "signin"];

/** Pages the build renders from the catalogues (support, privacy, terms in every language). */
const GENERATED = new Set(storePagePaths().map((path) => `/${path}`));

/** `knowEntries`: before the build, count the entry bundles and the generated pages as served. */
export function fileAtIn(dirs: string[], knowEntries: boolean) {
  return (path: string) => {
    const found = dirs.map((dir) => join(dir, path)).find((candidate) => existsSync(candidate));
    const entry = /^\/([\w-]+)\.js$/.exec(path)?.[1];
    const size = found === undefined ? null : pngSize(readFileSync(found));
    return {
      exists:
        found !== undefined ||
        (knowEntries && ((entry !== undefined && ENTRIES.includes(entry)) || GENERATED.has(path))),
      pngSize: size ?? undefined,
    };
  };
}
