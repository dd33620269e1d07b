// The manifests speak Dutch from the `store` catalogue: every XML Override and the unified manifest's
// language file carry the catalogue's Dutch text, the English defaults are the catalogue's English,
// and the Dutch support URL is a page the build renders.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allMessages } from "@baton/shared/i18n/all";
import { listingFor, MAX_MANIFEST_DESCRIPTION_LENGTH } from "../store-pages/listing";
import { storePagePaths } from "../store-pages/pages";

const root = join(__dirname, "..", "..", "..");
const xml = readFileSync(join(root, "manifests", "outlook", "manifest.xml"), "utf8");
const unifiedDir = join(root, "manifests", "outlook", "unified");
const en = allMessages("en");
const nl = allMessages("nl");

/** An element's English default and its nl-NL override. */
const overrideOf = (element: string) =>
  new RegExp(`${element} DefaultValue="([^"]*)">\\s*<(?:bt:)?Override Locale="nl-NL" Value="([^"]*)"`).exec(
    xml,
  );
const stringResource = (id: string) => `<bt:String id="${id}"`;

/** Each overridable text of the XML manifest, and the catalogue key that says it. */
const TEXTS: [string, string, string][] = [
  ["DisplayName", "<DisplayName", "store.appName"],
  ["Description", "<Description", "store.manifestDescription"],
  ["Group.Label", stringResource("Group.Label"), "store.appName"],
  ["TaskpaneButton.Label", stringResource("TaskpaneButton.Label"), "store.readButtonLabel"],
  ["ComposeButton.Label", stringResource("ComposeButton.Label"), "store.composeButtonLabel"],
  ["TaskpaneButton.Tooltip", stringResource("TaskpaneButton.Tooltip"), "store.readButtonTooltip"],
  ["ComposeButton.Tooltip", stringResource("ComposeButton.Tooltip"), "store.composeButtonTooltip"],
];

describe("the XML manifest in Dutch", () => {
  it.each(TEXTS)("overrides %s with the catalogue's Dutch", (_name, element, key) => {
    const match = overrideOf(element);
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe(en[key]);
    expect(match?.[2]).toBe(nl[key]);
  });

  it("names every string resource with a Dutch override", () => {
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)"/g)].map((match) => match[1] ?? "");
    const overridden = TEXTS.map(([name]) => name);
    expect(strings.filter((id) => !overridden.includes(id))).toEqual([]);
  });

  it("links Dutch readers to the Dutch support page the build renders", () => {
    const url = overrideOf("<SupportUrl")?.[2];
    expect(url).toBe("https://localhost:3000/nl/support.html");
    expect(storePagePaths()).toContain("nl/support.html");
  });

  it("keeps the description within the unified manifest's short description", () => {
    for (const messages of [en, nl])
      expect(messages["store.manifestDescription"]?.length).toBeLessThanOrEqual(
        MAX_MANIFEST_DESCRIPTION_LENGTH,
      );
  });
});

describe("the unified manifest in Dutch", () => {
  const manifest = JSON.parse(readFileSync(join(unifiedDir, "manifest.json"), "utf8")) as {
    localizationInfo: { additionalLanguages: { languageTag: string; file: string }[] };
    description: { full: string };
  };
  const dutch = JSON.parse(readFileSync(join(unifiedDir, "nl-nl.json"), "utf8")) as Record<string, string>;

  it("lists its Dutch file", () => {
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: "nl-nl", file: "nl-nl.json" },
    ]);
  });

  it("says name, descriptions and buttons in the catalogue's Dutch", () => {
    expect(dutch["name.short"]).toBe(nl["store.appName"]);
    expect(dutch["description.short"]).toBe(nl["store.manifestDescription"]);
    expect(dutch["description.full"]).toBe(listingFor("nl").description);
    expect(manifest.description.full).toBe(listingFor("en").description);
    expect(Object.values(dutch)).toEqual(
      expect.arrayContaining([
        nl["store.composeButtonLabel"],
        nl["store.readButtonTooltip"],
        nl["store.composeButtonTooltip"],
      ]),
    );
  });
});
