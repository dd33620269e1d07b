// Both Outlook manifests against Microsoft's schemas (repository copies in manifests/schemas), and
// what the schemas cannot say: least permissions, shared mailboxes, ids and icons as Microsoft's guides
// ask. Offline: xmllint-wasm for the XML, ajv for the unified JSON.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withOrigin } from "./check-manifest";
import { decodePng } from "./png.test-support";
import { APP_ICONS, UNIFIED_ID, validateUnified } from "./unified";
import { validateXmlManifest } from "./xml-schema";

const root = join(__dirname, "..", "..", "..");
const xml = readFileSync(join(root, "manifests", "outlook", "manifest.xml"), "utf8");
const unifiedDir = join(root, "manifests", "outlook", "unified");
const unified = JSON.parse(readFileSync(join(unifiedDir, "manifest.json"), "utf8")) as Record<
  string,
  unknown
>;
const productionXml = join(root, "outlook-addin", "dist", "manifest.xml");

const permissionsOf = (manifest: Record<string, unknown>) =>
  (manifest.authorization as { permissions: { resourceSpecific: { name: string; type: string }[] } })
    .permissions.resourceSpecific;

describe("the XML manifest against Microsoft's XSDs (patched copies, xmllint)", () => {
  it("validates as committed and as the production build writes it", async () => {
    expect(await validateXmlManifest(xml)).toEqual([]);
    expect(await validateXmlManifest(withOrigin(xml, "https://baton.example.com"))).toEqual([]);
    // The file `npm run build:prod -w outlook-addin` last wrote, when there is one (a fresh clone has none).
    if (existsSync(productionXml))
      expect(await validateXmlManifest(readFileSync(productionXml, "utf8"))).toEqual([]);
  });

  it("rejects a permission level Microsoft does not define", async () => {
    const errors = await validateXmlManifest(
      xml.replace("<Permissions>ReadWriteItem", "<Permissions>ReadAll"),
    );
    expect(errors.join("\n")).toMatch(/Permissions.*'ReadAll' is not an element of the set/);
  });

  it("rejects SupportsSharedFolders anywhere but first in DesktopFormFactor", async () => {
    const moved = xml.replace(
      /(<SupportsSharedFolders>true<\/SupportsSharedFolders>)(\s*)(<FunctionFile [^>]+>)/,
      "$3$2$1",
    );
    expect(moved).not.toBe(xml);
    expect((await validateXmlManifest(moved)).join("\n")).toMatch(/SupportsSharedFolders.*not expected/);
  });

  it("rejects a manifest without an Id and one that is not well-formed", async () => {
    expect((await validateXmlManifest(xml.replace(/<Id>[^<]+<\/Id>/, ""))).join("\n")).toMatch(/Id/);
    expect((await validateXmlManifest(xml.replace("</OfficeApp>", ""))).join("\n")).toMatch(/parser error/);
  });
});

describe("the unified manifest against the v1.17 JSON schema (repository copy, ajv)", () => {
  it("validates as committed", async () => {
    expect(await validateUnified(unified)).toEqual([]);
  });

  it("rejects an unknown permission type and a missing icon", async () => {
    const badType = JSON.parse(JSON.stringify(unified)) as Record<string, unknown>;
    permissionsOf(badType).push({ name: "Mailbox.SharedFolder", type: "Everyone" });
    expect((await validateUnified(badType)).join("\n")).toMatch(/type/);
    const { outline: _outline, ...colorOnly } = unified.icons as Record<string, string>;
    expect((await validateUnified({ ...unified, icons: colorOnly })).join("\n")).toMatch(/outline/);
  });
});

describe("least permissions and shared mailboxes", () => {
  it("asks to read and write the open item (the compose pane's insert), no more, in both manifests", () => {
    expect(/<Permissions>(\w+)<\/Permissions>/.exec(xml)?.[1]).toBe("ReadWriteItem");
    const names = permissionsOf(unified).map((permission) => permission.name);
    expect(names).toContain("MailboxItem.ReadWrite.User");
    // Never the whole mailbox (ReadWriteMailbox / Mailbox.ReadWrite.User).
    expect(names.filter((name) => /^Mailbox\.ReadWrite/.test(name))).toEqual([]);
  });

  it("declares shared folders and mailboxes: the XML element first, the unified permission as documented", () => {
    expect(xml).toMatch(/<DesktopFormFactor>\s*(<!--[\s\S]*?-->\s*)?<SupportsSharedFolders>true</);
    expect(permissionsOf(unified)).toContainEqual({ name: "Mailbox.SharedFolder", type: "Delegated" });
  });
});

describe("ids and icons as Microsoft's guides say", () => {
  it("gives the unified manifest its own GUID, not the XML manifest's", () => {
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(unified.id).toBe(UNIFIED_ID);
    expect(UNIFIED_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(UNIFIED_ID.toLowerCase()).not.toBe(xmlId?.toLowerCase());
  });

  it("ships a 32x32 outline icon that is white on transparent and a 192x192 colour icon", () => {
    expect(unified.icons).toEqual(APP_ICONS);
    const outline = decodePng(readFileSync(join(unifiedDir, APP_ICONS.outline)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.at(x, y);
        if (a === 0) continue;
        expect([r, g, b]).toEqual([255, 255, 255]);
        white += 1;
      }
    }
    // Transparent inside, white border: neither empty nor a filled square.
    expect(white).toBeGreaterThan(64);
    expect(outline.at(16, 3)[3]).toBe(0);
    const color = decodePng(readFileSync(join(unifiedDir, APP_ICONS.color)));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.at(96, 140).slice(0, 3)).not.toEqual([255, 255, 255]);
  });
});
