// `npm run manifest -w outlook-addin`: offline checks of manifests/outlook/manifest.xml, then the
// unified manifest generated into manifests/outlook/unified/ and validated against the bundled schema.
// `--production`: the same for BATON_ADDIN_ORIGIN (https), written to outlook-addin/dist/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { format } from "prettier";
import { checkManifest, pngSize, withOrigin } from "../src/manifest/check-manifest";
import { convertToUnified, validateUnified } from "../src/manifest/unified";
import { storePagePaths } from "../src/store-pages/pages";

const root = join(__dirname, "..", "..");
const publicDir = join(root, "outlook-addin", "public");
const xmlPath = join(root, "manifests", "outlook", "manifest.xml");

function fileAt(path: string) {
  const candidates = [join(publicDir, path), join(root, "outlook-addin", "dist", path)];
  // Entry bundles (launch-event.js) exist once built; their sources are the webpack entries.
  const entry = /^\/([\w-]+)\.js$/.exec(path)?.[1];
  const isEntry =
    entry !== undefined && ["taskpane", "launch-event", "workbench", "host-standin"].includes(entry);
  // The store pages are rendered by the build from the catalogues (src/store-pages).
  const generated = storePagePaths().includes(path.replace(/^\//, ""));
  const found = candidates.find((candidate) => existsSync(candidate));
  const bytes = found === undefined ? null : readFileSync(found);
  return {
    exists: found !== undefined || isEntry || generated,
    pngSize: bytes === null ? undefined : (pngSize(bytes) ?? undefined),
  };
}

async function main(): Promise<void> {
  const production = process.argv.includes("--production");
  let xml = readFileSync(xmlPath, "utf8");
  let source = xmlPath;
  let outDir = join(root, "manifests", "outlook", "unified");
  if (production) {
    const origin = process.env.BATON_ADDIN_ORIGIN ?? "https://baton.example.com";
    xml = withOrigin(xml, origin);
    const dist = resolve(root, "outlook-addin", process.env.BATON_OUT_DIR ?? "dist");
    mkdirSync(dist, { recursive: true });
    source = join(dist, "manifest.xml");
    writeFileSync(source, xml);
    outDir = join(dist, "unified");
  }
  const problems = checkManifest(xml, { fileAt });
  const manifest = await convertToUnified(source, outDir, join(publicDir, "assets"));
  // House style for the committed copy (the converter indents with four spaces).
  const formatted = await format(JSON.stringify(manifest), { parser: "json", printWidth: 110 });
  writeFileSync(join(outDir, "manifest.json"), formatted);
  const languages = (manifest.localizationInfo as { additionalLanguages?: { file: string }[] })
    .additionalLanguages;
  for (const { file } of languages ?? []) {
    const content = readFileSync(join(outDir, file), "utf8");
    writeFileSync(join(outDir, file), await format(content, { parser: "json", printWidth: 110 }));
  }
  problems.push(...(await validateUnified(manifest)).map((error) => `unified manifest: ${error}`));
  if (problems.length > 0) {
    console.error(problems.map((problem) => `- ${problem}`).join("\n"));
    process.exit(1);
  }
  console.log(`Manifest OK: ${source}\nUnified manifest: ${join(outDir, "manifest.json")}`);
}

void main();
