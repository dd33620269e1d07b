// Which English words are still on a page read in Dutch: every literal fragment of every English
// catalogue message (static messages whole, parameterised ones between their arguments, plural and
// select branches included) that is longer than a few characters, differs from the Dutch catalogue,
// and occurs in the page's text as whole words.
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUES } from "@baton/shared/i18n/all";
import type { Area } from "@baton/shared/i18n";

/**
 * Shorter fragments are skipped: "SLA", "Gmail", "h", " · " or "open" read the same in both
 * languages, or are too short to say a page is English.
 */
export const MIN_FRAGMENT_LENGTH = 5;

type Element = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};

/** The literal runs of an ICU message, each branch and tag body on its own. */
function literals(pattern: string): string[] {
  const runs: string[] = [];
  const walk = (elements: Element[]) => {
    let run = "";
    for (const element of elements) {
      if (element.type === 0 && typeof element.value === "string") {
        run += element.value;
        continue;
      }
      runs.push(run);
      run = "";
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children !== undefined) walk(element.children);
    }
    runs.push(run);
  };
  const ast: unknown = new IntlMessageFormat(pattern, "en").getAst();
  walk(ast as Element[]);
  return runs;
}

export interface EnglishFragment {
  key: string;
  fragment: string;
}

/** The English fragments of `areas` that a Dutch page must not show. */
export function englishFragments(areas: readonly Area[]): EnglishFragment[] {
  const dutchText = areas
    .flatMap((area) => Object.values(CATALOGUES.nl[area]).flatMap(literals))
    .join("\n")
    .toLowerCase();
  const fragments: EnglishFragment[] = [];
  for (const area of areas) {
    const dutch: Readonly<Record<string, string>> = CATALOGUES.nl[area];
    for (const [key, pattern] of Object.entries(CATALOGUES.en[area])) {
      if (dutch[key] === pattern) continue;
      for (const run of literals(pattern)) {
        const fragment = run.trim().replace(/^[\s.,:;·—–()"“”]+|[\s.,:;·—–()"“”]+$/g, "");
        // A fragment the Dutch catalogue also writes ("Baton", "Outlook", "Message-ID") is not English.
        if (fragment.length < MIN_FRAGMENT_LENGTH || !/\p{L}/u.test(fragment)) continue;
        if (dutchText.includes(fragment.toLowerCase())) continue;
        fragments.push({ key: `${area}.${key}`, fragment });
      }
    }
  }
  return fragments;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The fragments `text` shows as whole words ("Claim" is not found in "Claimen"). */
export function englishLeft(text: string, fragments: readonly EnglishFragment[]): EnglishFragment[] {
  const normalized = text.replace(/\s+/g, " ");
  return fragments.filter(({ fragment }) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(fragment)}(?![\\p{L}\\p{N}])`, "u").test(normalized),
  );
}
