/**
 * The unified (JSON) manifest: generated from the XML one with office-addin-manifest-converter and
 * validated against the schema bundled with office-addin-manifest (@microsoft/app-manifest), both
 * offline. Node-only (build scripts and tests), never bundled into the pane.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { convert } from "office-addin-manifest-converter";

export async function convertToUnified(
  xmlPath: string,
  outDir: string,
  assetsDir: string,
): Promise<Record<string, unknown>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const exitCode = process.exitCode;
  await convert(xmlPath, outDir, false, undefined, undefined, false);
  // The converter reports failure through process.exitCode only.
  if (process.exitCode !== exitCode)
    throw new Error(`office-addin-manifest-converter could not convert ${xmlPath}.`);
  const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as Record<string, unknown>;
  // The app package carries the icons the manifest names by relative path.
  const icons = manifest.icons as { outline: string; color: string };
  for (const icon of [icons.outline, icons.color]) {
    mkdirSync(dirname(join(outDir, icon)), { recursive: true });
    copyFileSync(join(assetsDir, icon.replace(/^assets\//, "")), join(outDir, icon));
  }
  return manifest;
}

/** The schema file bundled for the manifest's $schema version (e.g. .../teams/v1.17/...). */
export function bundledSchemaPath(schemaUrl: string): string {
  const version = /\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json/.exec(schemaUrl)?.[1];
  if (version === undefined) throw new Error(`Unrecognised manifest schema ${schemaUrl}.`);
  const root = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const path = join(root, "build", "json-schemas", "teams", version, "MicrosoftTeams.schema.json");
  if (!existsSync(path)) throw new Error(`No bundled schema for ${version} at ${path}.`);
  return path;
}

/** Schema errors as strings; empty when valid. Never touches the network (the schema is local). */
export async function validateUnified(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = JSON.parse(readFileSync(bundledSchemaPath(String(manifest.$schema)), "utf8")) as Record<
    string,
    unknown
  >;
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}
