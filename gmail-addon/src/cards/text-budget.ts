/**
 * Measuring and cutting card text by what it costs on the wire: each character counted as the bytes
 * it becomes once escaped for the card (`format.ts`: & < > and line breaks) and written into the
 * card JSON (quotes, backslashes and control characters escaped) in UTF-8. Counting characters alone
 * would let 10,000 "&" (50,000 bytes) through a 10,000-character budget. Pure: Apps Script has no
 * Buffer or TextEncoder, so UTF-8 lengths are computed from code points.
 */

/** What one code point costs in the card JSON, at worst (the HTML escapes of `format.ts` included). */
export function codePointCost(codePoint: number): number {
  switch (codePoint) {
    case 0x26: // & -> &amp;
      return 5;
    case 0x3c: // < -> &lt;
    case 0x3e: // > -> &gt;
    case 0x0a: // line break -> <br>
      return 4;
    case 0x22: // " -> \"
    case 0x5c: // \ -> \\
      return 2;
  }
  if (codePoint < 0x20) return 6; // \u0001 and friends
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 6; // a lone surrogate, escaped by JSON
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The card-JSON bytes of `text`, as `codePointCost` counts them. */
export function textCost(text: string): number {
  let cost = 0;
  for (const char of text) cost += codePointCost(char.codePointAt(0) ?? 0);
  return cost;
}

/** Marks where text was cut, so nobody takes a shortened note for the whole of it. */
export const CUT_MARKER = " …";

/**
 * `text` if it fits in `maxBytes`, else its longest head that fits with CUT_MARKER after it. Cuts
 * between code points, never inside a surrogate pair.
 */
export function clampText(text: string, maxBytes: number): { text: string; cut: boolean } {
  if (textCost(text) <= maxBytes) return { text, cut: false };
  const room = maxBytes - textCost(CUT_MARKER);
  let cost = 0;
  let end = 0;
  for (const char of text) {
    const next = cost + codePointCost(char.codePointAt(0) ?? 0);
    if (next > room) break;
    cost = next;
    end += char.length;
  }
  return { text: `${text.slice(0, end).trimEnd()}${CUT_MARKER}`, cut: true };
}

/** Just the clamped text. */
export function fitText(text: string, maxBytes: number): string {
  return clampText(text, maxBytes).text;
}

/**
 * `text` in consecutive parts of at most `maxBytes` each, together exactly `text`. A part ends
 * after the last space or line break in its second half when there is one, so words stay whole.
 */
export function splitText(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let cost = 0;
  let breakAt = -1;
  let index = 0;
  for (const char of text) {
    const charCost = codePointCost(char.codePointAt(0) ?? 0);
    if (cost + charCost > maxBytes && index > start) {
      const end = breakAt > start ? breakAt : index;
      parts.push(text.slice(start, end));
      cost = textCost(text.slice(end, index));
      start = end;
      breakAt = -1;
    }
    cost += charCost;
    index += char.length;
    if ((char === " " || char === "\n") && cost * 2 >= maxBytes) breakAt = index;
  }
  if (index > start || parts.length === 0) parts.push(text.slice(start));
  return parts;
}
