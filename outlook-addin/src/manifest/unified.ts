/**
 * The unified (JSON) manifest: generated from the XML one with office-addin-manifest-converter, finished
 * with what the converter cannot know (finishUnified), and validated against the schema bundled with
 * office-addin-manifest (@microsoft/app-manifest), all offline. Node-only (build scripts and tests), never bundled into the pane.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { convert } from "office-addin-manifest-converter";
import { withFullDescriptions } from "./localized";
import { SCHEMA_DIR } from "./xml-schema";

/**
 * The unified manifest's own id. Microsoft's guide to converting an XML manifest says to change the id
 * "to a new random GUID" (convert-xml-to-json-manifest): to Microsoft 365 the two manifests are two apps,
 * and an admin may deploy one while a user sideloads the other. Generated once; never change it after
 * a release (it is how tenants and the store know the app).
 */
export const UNIFIED_ID = "58f059af-ee1f-4062-bf7f-75de00354851";

/**
 * The app icons the v1.17 schema describes: `outline` "a transparent PNG outline icon. The border color
 * needs to be white. Size 32x32", `color` "a full color PNG icon. Size 192x192" (drawn by
 * scripts/make-icons.mjs). The converter would reuse the XML manifest's 64 and 128 px icons.
 */
export const APP_ICONS = { outline: "assets/outline-32.png", color: "assets/color-192.png" } as const;

/** The pages a store listing names, on the add-in's origin (the build serves them from outlook-addin/dist). */
export const LISTING_PAGES = { website: "/support.html", privacy: "/privacy.html", terms: "/terms.html" };

/**
 * Microsoft documents the unified manifest's shared-folder permission as `Mailbox.SharedFolder`
 * (outlook/delegate-access: "Set its name property to Mailbox.SharedFolder and its type property to
 * Delegated"); office-addin-manifest-converter 0.4 writes an older name for SupportsSharedFolders.
 */
const SHARED_FOLDER_PERMISSION = "Mailbox.SharedFolder";
const CONVERTER_SHARED_FOLDER_PERMISSION = "Mailbox.AccessSharedFolders.User";

/**
 * What the converter cannot know: the unified manifest's own id, its icons, the privacy and terms pages
 * (it copies SupportUrl into all three developer URLs) and the documented shared-folder permission.
 * The origin comes from the converted developer URL, so a production manifest stays on its host.
 */
export function finishUnified(manifest: Record<string, unknown>): Record<string, unknown> {
  const developer = manifest.developer as Record<string, string>;
  const origin = new URL(developer.websiteUrl ?? "").origin;
  developer.websiteUrl = origin + LISTING_PAGES.website;
  developer.privacyUrl = origin + LISTING_PAGES.privacy;
  developer.termsOfUseUrl = origin + LISTING_PAGES.terms;
  const authorization = manifest.authorization as
    { permissions?: { resourceSpecific?: { name: string; type: string }[] } } | undefined;
  for (const permission of authorization?.permissions?.resourceSpecific ?? []) {
    if (permission.name === CONVERTER_SHARED_FOLDER_PERMISSION) permission.name = SHARED_FOLDER_PERMISSION;
  }
  return { ...manifest, id: UNIFIED_ID, icons: { ...APP_ICONS } };
}

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
  const manifest = finishUnified(
    JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as Record<string, unknown>,
  );
  // The converter wrote one file per XML Override locale; the long descriptions come from the catalogue.
  const languageFiles = withFullDescriptions(
    manifest,
    (file) => JSON.parse(readFileSync(join(outDir, file), "utf8")) as Record<string, string>,
  );
  for (const [file, content] of Object.entries(languageFiles))
    writeFileSync(join(outDir, file), `${JSON.stringify(content, null, 2)}\n`);
  // The app package carries the icons the manifest names by relative path.
  for (const icon of [APP_ICONS.outline, APP_ICONS.color]) {
    mkdirSync(dirname(join(outDir, icon)), { recursive: true });
    copyFileSync(join(assetsDir, icon.replace(/^assets\//, "")), join(outDir, icon));
  }
  return manifest;
}

/**
 * The repository's copy of the unified manifest's JSON schema (manifests/schemas, with its source in
 * SOURCES.md), for the version the manifest's $schema names.
 */
export function schemaPath(schemaUrl: string): string {
  const version = /\/(v[\d.]+)\/MicrosoftTeams\.schema\.json/.exec(schemaUrl)?.[1];
  if (version === undefined) throw new Error(`Unrecognised manifest schema ${schemaUrl}.`);
  const path = join(SCHEMA_DIR, `MicrosoftTeams.${version}.schema.json`);
  if (!existsSync(path)) throw new Error(`No copy of the ${version} schema in manifests/schemas (${path}).`);
  return path;
}

/**
 * Schema errors as strings; empty when valid. ajv (draft-04, through @microsoft/app-manifest's
 * validateAgainstSchema) against the repository's copy of the schema: never touches the network.
 */
export async function validateUnified(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = JSON.parse(readFileSync(schemaPath(String(manifest.$schema)), "utf8")) as Record<
    string,
    unknown
  >;
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}
