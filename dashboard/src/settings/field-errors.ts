/**
 * Where each error is shown. Errors come keyed by request path ("policy.tiers.low.resolutionMinutes",
 * "calendar.weekly.mon[0][1]", or a parent such as "policy.tiers.low"); the form shows marks at the
 * fields it renders. Each error goes to exactly one field (or to the summary when no field fits), so
 * "fix the N fields marked above" counts what is marked.
 */
export interface PlacedErrors {
  /** Field path -> the sentence shown beside it (the first error that lands there). */
  marks: Record<string, string>;
  /** Errors no rendered field stands for: shown in the summary itself. */
  unplaced: string[];
}

function isUnder(key: string, field: string): boolean {
  return key === field || key.startsWith(`${field}.`) || key.startsWith(`${field}[`);
}

export function placeErrors(
  errors: Readonly<Record<string, string>>,
  fields: readonly string[],
): PlacedErrors {
  const marks: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    // The deepest rendered field the key is under; else the first field under the key (a parent's
    // error, e.g. a tier, marks its first input).
    const owner =
      [...fields].filter((f) => isUnder(key, f)).sort((a, b) => b.length - a.length)[0] ??
      fields.find((f) => isUnder(f, key));
    if (owner === undefined) unplaced.push(message);
    else marks[owner] ??= message;
  }
  return { marks, unplaced };
}

/** How many marks and summary lines there are: the number the summary sentence says. */
export function problemCount(placed: PlacedErrors): number {
  return Object.keys(placed.marks).length + placed.unplaced.length;
}

export function notSavedSentence(count: number): string {
  return count === 1
    ? "Not saved: fix the field marked above."
    : `Not saved: fix the ${count} fields marked above.`;
}
