import { foldForSearch, searchTemplates, type SearchableTemplate } from "./search";

const t = (name: string, shortcut: string, useCount: number, extra: Partial<SearchableTemplate> = {}) => ({
  name,
  shortcut,
  tags: [],
  body: "",
  useCount,
  lastUsedAt: null,
  ...extra,
});

const ALL = [
  t("Refund approved", "refund", 3, { body: "We refunded your order." }),
  t("Refund (Dutch)", "refund-nl", 10, { body: "Wij hebben terugbetaald." }),
  t("Thanks", "thanks", 40, { tags: ["closing"] }),
  t("Café opening hours", "hours", 0, { body: "Open from nine." }),
];

const names = (query: string | undefined, limit = 10) =>
  searchTemplates(ALL, query, limit).templates.map((x) => x.name);

describe("searchTemplates", () => {
  it("lists everything most-used first without a query", () => {
    expect(names(undefined)).toEqual(["Thanks", "Refund (Dutch)", "Refund approved", "Café opening hours"]);
  });

  it("puts the exact shortcut first, then the rest by use", () => {
    expect(names("refund")).toEqual(["Refund approved", "Refund (Dutch)"]);
  });

  it("matches every word across name, shortcut, tags and body, accents folded", () => {
    expect(names("cafe nine")).toEqual(["Café opening hours"]);
    expect(names("CLOSING")).toEqual(["Thanks"]);
    expect(names("refunded order")).toEqual(["Refund approved"]);
    expect(names("refund nothing")).toEqual([]);
  });

  it("looks at shortcut prefixes only after a slash", () => {
    expect(names("/ref")).toEqual(["Refund (Dutch)", "Refund approved"]);
    expect(names("/open")).toEqual([]);
  });

  it("breaks ties by last use, then by name", () => {
    const tied = [t("b", "b", 1), t("a", "a", 1), t("c", "c", 1, { lastUsedAt: 5 })];
    expect(searchTemplates(tied, "", 10).templates.map((x) => x.name)).toEqual(["c", "a", "b"]);
  });

  it("says when the limit cut the list", () => {
    expect(searchTemplates(ALL, "", 2)).toMatchObject({ truncated: true });
    expect(searchTemplates(ALL, "", 4)).toMatchObject({ truncated: false });
  });
});

describe("foldForSearch", () => {
  it("folds case and accents", () => {
    expect(foldForSearch("Béatrice ÉTÉ")).toBe("beatrice ete");
  });
});
