// The committed store listing texts are the catalogue's, in every language, within the stores' limits.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES } from "@baton/shared/i18n";
import {
  listingFor,
  MAX_CAPTION_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_SUMMARY_LENGTH,
} from "../../outlook-addin/src/store-pages/listing";
import { allListings } from "./listings";

const dir = join(__dirname, "..", "..", "docs", "store");

describe("the store listings", () => {
  it.each(Object.entries(allListings()))(
    "docs/store/%s is the catalogue's (npx tsx scripts/store/write-listings.ts)",
    (file, content) => {
      expect(readFileSync(join(dir, file), "utf8")).toBe(content);
    },
  );

  it.each(LANGUAGES)("fit the stores' fields in %s", (language) => {
    const listing = listingFor(language);
    expect(listing.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(listing.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    for (const { caption } of listing.captions)
      expect(caption.length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
  });

  it("say each language's words in it: no Dutch listing repeats an English sentence", () => {
    const english = listingFor("en");
    const dutch = JSON.stringify(listingFor("nl"));
    const sentences = [
      english.summary,
      ...english.description.split("\n"),
      ...english.captions.map((c) => c.caption),
    ]
      .map((line) => line.replace(/^- /, "").trim())
      .filter((line) => line.length > 12);
    expect(sentences.filter((sentence) => dutch.includes(sentence))).toEqual([]);
  });
});
