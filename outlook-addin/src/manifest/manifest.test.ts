import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest, pngSize, withOrigin } from "./check-manifest";
import { convertToUnified, UNIFIED_ID, validateUnified } from "./unified";

const root = join(__dirname, "..", "..", "..");
const publicDir = join(root, "outlook-addin", "public");
const xmlPath = join(root, "manifests", "outlook", "manifest.xml");
const xml = readFileSync(xmlPath, "utf8");
const entries = ["/taskpane.js", "/launch-event.js", "/workbench.js", "/host-standin.js", "/support.html"];

function fileAt(path: string) {
  const file = join(publicDir, path);
  if (!existsSync(file)) return { exists: entries.includes(path) };
  return { exists: true, pngSize: pngSize(readFileSync(file)) ?? undefined };
}

describe("the Outlook XML manifest (offline checks)", () => {
  it("passes: well-formed, GUID ids, one HTTPS host, every icon size as a real PNG, Mailbox 1.5", () => {
    expect(checkManifest(xml, { fileAt })).toEqual([]);
  });

  it("catches malformed XML", () => {
    expect(checkManifest(xml.replace("</OfficeApp>", ""), { fileAt })[0]).toMatch(/not well-formed/);
  });

  it("catches an id that is not a GUID and an SSO resource that does not end with its id", () => {
    const bad = xml
      .replace(/<Id>88743c4d[^<]+<\/Id>/, "<Id>baton</Id>")
      .replace(/(api:\/\/localhost:3000\/)[^<]+/, "$1other");
    const problems = checkManifest(bad, { fileAt });
    expect(problems).toContain('The add-in Id "baton" is not a GUID.');
    expect(problems).toContain("WebApplicationInfo's Resource must end with its Id (api://host/<id>).");
  });

  it("catches a URL on a second host and a missing icon size", () => {
    const bad = xml
      .replace("https://localhost:3000/commands.html", "https://cdn.example.com/commands.html")
      .replace(/<bt:Image size="80" resid="Icon.80x80"\/>/, "")
      .replace(/<bt:Image id="Icon.80x80"[^>]+>/, "");
    const problems = checkManifest(bad, { fileAt });
    expect(problems.some((p) => p.startsWith("All URLs must point at one host"))).toBe(true);
    expect(problems).toContain("No 80x80 icon is declared.");
  });

  it("catches an icon file whose pixels do not match its declared size", () => {
    const lying = (path: string) =>
      path.endsWith("icon-32.png") ? { exists: true, pngSize: { width: 16, height: 16 } } : fileAt(path);
    expect(checkManifest(xml, { fileAt: lying })).toEqual([
      "https://localhost:3000/assets/icon-32.png should be 32x32 pixels.",
    ]);
  });

  it("catches a lower requirement set, a lost pinning flag and a missing launch event", () => {
    const bad = xml
      .replace('<Set Name="Mailbox" MinVersion="1.5"/>', '<Set Name="Mailbox" MinVersion="1.1"/>')
      .replace("<SupportsPinning>true</SupportsPinning>", "")
      .replace(/<LaunchEvent Type="OnMessageSend"[^>]+>/, "");
    expect(checkManifest(bad, { fileAt })).toEqual([
      "The base manifest must require Mailbox 1.5.",
      "The task pane must support pinning.",
      "The OnMessageSend launch event (PromptUser) is missing.",
    ]);
  });

  it("opens the compose pane from the compose ribbon, and asks ReadWriteItem saying why", () => {
    expect(xml).toMatch(
      /<ExtensionPoint xsi:type="MessageComposeCommandSurface">[\s\S]*?<SourceLocation resid="Compose.Url"\/>/,
    );
    expect(xml).toContain('<bt:Url id="Compose.Url" DefaultValue="https://localhost:3000/compose.html"/>');
    // The comment right before the element names the call that needs write access.
    expect(xml).toMatch(/setSelectedDataAsync[^<]*-->\s*<Permissions>ReadWriteItem<\/Permissions>/);
  });

  it("moves every URL to the production host and stays valid", () => {
    const production = withOrigin(xml, "https://baton.example.com");
    expect(production).not.toContain("localhost");
    expect(production).toContain("api://baton.example.com/5a96497a-7b0c-4440-8992-2a637b6d04df");
    expect(checkManifest(production, { fileAt })).toEqual([]);
    expect(() => withOrigin(xml, "http://baton.example.com")).toThrow(/https/);
  });
});

describe("the unified manifest", () => {
  const outDir = mkdtempSync(join(tmpdir(), "baton-unified-"));
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    manifest = await convertToUnified(xmlPath, outDir, join(publicDir, "assets"));
  }, 30_000);

  it("is generated offline and validates against the repository's copy of the schema", async () => {
    expect(manifest.id).toBe(UNIFIED_ID);
    await expect(validateUnified(manifest)).resolves.toEqual([]);
  });

  it("keeps the send handler and the pinnable task pane", () => {
    const text = JSON.stringify(manifest);
    expect(text).toContain("onMessageSendHandler");
    expect(text).toContain("https://localhost:3000/taskpane.html");
    expect(text).toContain("https://localhost:3000/compose.html");
    expect(text).toContain("MailboxItem.ReadWrite.User");
  });

  it("matches the committed copy in manifests/outlook/unified (regenerate with npm run manifest)", () => {
    const committed = JSON.parse(
      readFileSync(join(root, "manifests", "outlook", "unified", "manifest.json"), "utf8"),
    ) as unknown;
    expect(manifest).toEqual(committed);
  });

  it("fails schema validation when a required field is missing", async () => {
    const { id: _id, ...broken } = manifest;
    const errors = await validateUnified(broken);
    expect(errors.join("\n")).toMatch(/id/);
  });
});
