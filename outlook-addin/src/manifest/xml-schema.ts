/**
 * Validates the Outlook XML manifest against Microsoft's XSDs (the repository's patched copies in
 * manifests/schemas, sources in SOURCES.md) with libxml2's xmllint compiled to WebAssembly, so the
 * check needs no system package and no network. Node-only (tests and build scripts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

export const SCHEMA_DIR = join(__dirname, "..", "..", "..", "manifests", "schemas");
const XSD_DIR = join(SCHEMA_DIR, "patched");
const ROOT_XSD = "OfficeAppManifestV1_1.xsd";

/** xmllint's schema errors for the manifest, one sentence each with its line; empty when valid. */
export async function validateXmlManifest(xml: string): Promise<string[]> {
  const file = (fileName: string) => ({ fileName, contents: readFileSync(join(XSD_DIR, fileName), "utf8") });
  // The root schema imports the others by relative file name; xmllint-wasm resolves them in its
  // in-memory file system, so every XSD is preloaded under its own name.
  const imports = readdirSync(XSD_DIR).filter((name) => name.endsWith(".xsd") && name !== ROOT_XSD);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [file(ROOT_XSD)],
    preload: imports.map(file),
  });
  if (result.valid) return [];
  const errors = result.errors.map((error) => error.rawMessage.trim()).filter((line) => line !== "");
  // A document xmllint could not even parse reports through rawOutput, not errors.
  return errors.length > 0 ? errors : [result.rawOutput.trim() || "xmllint rejected the manifest."];
}
