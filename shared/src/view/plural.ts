import type { Translator } from "../i18n/translator";

/**
 * "1 message", "2 messages": for English words a caller passes in. Sentences in a catalogue say
 * their plurals in ICU instead (`{count, plural, one {# bericht} other {# berichten}}`), which is
 * what every language other than English needs.
 */
export function countText(count: number, singular: string, plural?: string): string {
  const many = plural ?? singular + "s"; // i18n-exempt: the English plural of a caller's own word
  return `${formatCount(count)} ${count === 1 ? singular : many}`;
}

/**
 * 10250 -> "10,250" ("10.250" for a Dutch translator): numbers in sentences, grouped as the reader's
 * language does. Without a translator, English grouping on every client whatever its locale.
 */
export function formatCount(count: number, t?: Translator): string {
  return count.toLocaleString(t === undefined ? "en-US" : t.locale);
}
