/** What search and ordering read of a template. */
export interface SearchableTemplate {
  name: string;
  shortcut: string;
  tags: readonly string[];
  body: string;
  useCount: number;
  lastUsedAt: number | null;
}

/** Lower-cased, accents folded ("Béatrice" finds "beatrice"), so a search forgives how it was typed. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Matches and orders templates for a search box. "/refund" (a leading slash) looks at shortcuts only,
 * by prefix; any other text must find every one of its words in the name, shortcut, tags or body.
 * Order: a shortcut equal to the search first (typing a shortcut picks its template), then most used,
 * then most recently used, then by name, so the list is stable between two identical searches.
 */
export function searchTemplates<T extends SearchableTemplate>(
  templates: readonly T[],
  query: string | undefined,
  limit: number,
): { templates: T[]; truncated: boolean } {
  const q = foldForSearch((query ?? "").trim());
  const shortcutOnly = q.startsWith("/");
  const words = (shortcutOnly ? q.slice(1) : q).split(/\s+/).filter((word) => word !== "");
  const wanted = words.join(" ");
  const matched = templates.filter((template) => {
    if (words.length === 0) return true;
    if (shortcutOnly) return template.shortcut.startsWith(wanted);
    const haystack = foldForSearch(
      [template.name, template.shortcut, template.tags.join(" "), template.body].join("\n"),
    );
    return words.every((word) => haystack.includes(word));
  });
  const exact = (template: T) => (wanted !== "" && template.shortcut === wanted ? 0 : 1);
  const sorted = [...matched].sort(
    (a, b) =>
      exact(a) - exact(b) ||
      b.useCount - a.useCount ||
      (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) ||
      compareText(a.name, b.name) ||
      compareText(a.shortcut, b.shortcut),
  );
  return { templates: sorted.slice(0, limit), truncated: sorted.length > limit };
}

function compareText(a: string, b: string): number {
  const x = foldForSearch(a);
  const y = foldForSearch(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
