// Lets firebase-tools use the Firestore emulator that the Google Cloud CLI's Debian package installs,
// instead of downloading one (impossible offline). firebase-tools runs `java -jar $BINARY_PATH` and
// chmods that path, and the apt JAR has no Main-Class, so we point it at a tiny launcher JAR of our own
// whose manifest names the main class and puts the apt JAR on the class path.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const APT_FIRESTORE_JAR =
  "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";
const MAIN_CLASS = "com.google.cloud.datastore.emulator.firestore.CloudFirestore";

/** The manifest text; lines longer than 72 bytes continue on the next line after one space (JAR spec). */
export function manifestFor(jarPath) {
  const lines = [
    "Manifest-Version: 1.0",
    `Main-Class: ${MAIN_CLASS}`,
    `Class-Path: ${pathToFileURL(jarPath).href}`,
    "Created-By: baton scripts/stack",
  ];
  const wrapped = lines.flatMap((line) => {
    const out = [line.slice(0, 72)];
    for (let rest = line.slice(72); rest.length > 0; rest = rest.slice(71)) out.push(` ${rest.slice(0, 71)}`);
    return out;
  });
  return `${wrapped.join("\r\n")}\r\n\r\n`;
}

/** archiver is what firebase-tools zips with; resolving it from there avoids a dependency of our own. */
function loadArchiver(root) {
  const fromTools = createRequire(join(root, "backend", "package.json"));
  return createRequire(fromTools.resolve("firebase-tools/package.json"))("archiver");
}

async function writeJar(root, path, manifest) {
  const archiver = loadArchiver(root);
  const tmp = `${path}.tmp`;
  const archive = archiver("zip");
  const done = new Promise((resolve, reject) => {
    const out = createWriteStream(tmp);
    out.on("close", resolve);
    out.on("error", reject);
    archive.on("error", reject);
    archive.pipe(out);
  });
  archive.append(manifest, { name: "META-INF/MANIFEST.MF" });
  await archive.finalize();
  await done;
  renameSync(tmp, path);
}

/**
 * Returns the launcher JAR's path (creating it under `<root>/.emulators/` when missing or stale), or
 * null when the apt emulator is not installed and firebase-tools should download its own as usual.
 */
export async function ensureFirestoreLauncher(root, aptJar = APT_FIRESTORE_JAR) {
  if (!existsSync(aptJar)) return null;
  const dir = join(root, ".emulators");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "firestore-launcher.jar");
  const manifest = manifestFor(aptJar);
  const stamp = join(dir, "firestore-launcher.manifest");
  const current = existsSync(path) && existsSync(stamp) ? readFileSync(stamp, "utf8") : null;
  if (current !== manifest) {
    await writeJar(root, path, manifest);
    writeFileSync(stamp, manifest);
  }
  return path;
}
