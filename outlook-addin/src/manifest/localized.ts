/**
 * The unified manifest in every language. The converter writes one language file per XML `Override`
 * locale (nl-nl.json: name, description, ribbon labels and tooltips, all from the XML's overrides,
 * which the manifest test keeps equal to the `store` catalogue); this adds what the XML cannot say,
 * the long description, from the same catalogue, to the manifest and to each language file.
 */
import { isLanguage, languageOf } from "@baton/shared/i18n";
import { listingFor } from "../store-pages/listing";

type LanguageFile = Record<string, string>;

interface Localization {
  defaultLanguageTag: string;
  additionalLanguages?: { languageTag: string; file: string }[];
}

/**
 * Sets description.full in `manifest` and in each language file `read(file)` returns; answers the
 * language files to write back (file name -> content).
 */
export function withFullDescriptions(
  manifest: Record<string, unknown>,
  read: (file: string) => LanguageFile,
): Record<string, LanguageFile> {
  const localization = manifest.localizationInfo as Localization;
  const source = languageOf(localization.defaultLanguageTag);
  const description = manifest.description as { short: string; full: string };
  if (source !== null) description.full = listingFor(source).description;
  const files: Record<string, LanguageFile> = {};
  for (const { languageTag, file } of localization.additionalLanguages ?? []) {
    const language = languageOf(languageTag);
    const content = read(file);
    if (language !== null && isLanguage(language))
      content["description.full"] = listingFor(language).description;
    files[file] = content;
  }
  return files;
}
