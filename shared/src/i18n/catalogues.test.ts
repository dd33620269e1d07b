/**
 * Every language has exactly the source's keys, every message is valid ICU, and each translation takes
 * the same arguments as its English source (a renamed `{owner}` would otherwise read as "{owner}" or
 * drop a fact). Adding a language directory is checked by adding it to LANGUAGES.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUES } from "./all";
import { AREAS } from "./catalogues/areas";
import { LANGUAGES, SOURCE_LANGUAGE } from "./language";

type Element = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};

/** Argument names a message reads, with the kind of each (plain, plural, select...). */
function argumentsOf(pattern: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 0 is literal text and 7 the plural's "#": neither names an argument.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === "string") {
        names.add(`${element.value}:${element.type}`);
      }
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children !== undefined) walk(element.children);
    }
  };
  const ast: unknown = new IntlMessageFormat(pattern, "en").getAst();
  walk(ast as Element[]);
  return [...names].sort();
}

describe.each(LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE))(
  "the %s catalogue",
  (language) => {
    it.each(AREAS)("has exactly the source's keys in %s", (area) => {
      const source = Object.keys(CATALOGUES[SOURCE_LANGUAGE][area]).sort();
      expect(Object.keys(CATALOGUES[language][area]).sort()).toEqual(source);
    });

    it.each(AREAS)("takes the same arguments as the source in %s", (area) => {
      const source = CATALOGUES[SOURCE_LANGUAGE][area];
      const translated = CATALOGUES[language][area];
      const differing = Object.keys(source).filter(
        (key) =>
          translated[key] !== undefined &&
          argumentsOf(translated[key]).join() !== argumentsOf(source[key]!).join(),
      );
      expect(differing).toEqual([]);
    });
  },
);

describe.each(LANGUAGES)("every %s message", (language) => {
  it.each(AREAS)("is valid ICU in %s", (area) => {
    const broken = Object.entries(CATALOGUES[language][area]).filter(([, pattern]) => {
      try {
        new IntlMessageFormat(pattern, language);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it.each(AREAS)("is not empty in %s", (area) => {
    const empty = Object.entries(CATALOGUES[language][area]).filter(([, pattern]) => pattern.trim() === "");
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});

describe("argumentsOf (the check above)", () => {
  it("sees arguments inside plural branches and tells a plural from a plain one", () => {
    expect(argumentsOf("{n, plural, one {# by {owner}} other {# by {owner}}}")).toEqual(["n:6", "owner:1"]);
    expect(argumentsOf("{n} by {owner}")).not.toEqual(argumentsOf("{n, plural, other {#}} by {owner}"));
  });
});
