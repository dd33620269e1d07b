/**
 * "1 message", "2 messages", "0 messages", with the count grouped as the rest of the sentences write
 * numbers ("10,250 characters"). English only for now: the catalogue per language comes later, and
 * then this becomes Intl.PluralRules' categories looked up there.
 */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** 10250 -> "10,250": numbers in sentences, the same on every client whatever its locale. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}
