import { normalizeMessageId } from "./normalize-message-id";

/**
 * The msg-ids of a Message-ID, In-Reply-To or References header value, normalised, in order, each
 * once. Tolerant by design — headers in the wild are often not RFC 5322:
 * - folded lines (CRLF + WSP) and several ids on one line;
 * - comments in parentheses (nested, with backslash escapes) are skipped;
 * - commas and other stray separators between ids are ignored;
 * - ids without angle brackets are accepted only when the header has no bracketed id at all, because
 *   next to bracketed ids a bare "word@host" is prose (`<id> (from bob@host)`-style In-Reply-To).
 * Whitespace inside brackets is folding noise and is dropped, except inside a quoted local part.
 */
export function parseMessageIds(headerValue: string): string[] {
  const bracketed: string[] = [];
  const bare: string[] = [];
  const s = headerValue;
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === "(") {
      i = skipComment(s, i);
    } else if (c === '"') {
      i = skipQuoted(s, i);
    } else if (c === "<") {
      const end = readBracketed(s, i + 1);
      bracketed.push(end.text);
      i = end.next;
    } else if (isSeparator(c)) {
      i++;
    } else {
      let j = i;
      while (j < s.length && !isSeparator(s.charAt(j)) && !'(<"'.includes(s.charAt(j))) j++;
      const word = s.slice(i, j);
      if (word.includes("@") && !word.startsWith("@") && !word.endsWith("@")) bare.push(word);
      i = j;
    }
  }
  const ids = (bracketed.length > 0 ? bracketed : bare).map(normalizeMessageId).filter((id) => id !== "");
  return [...new Set(ids)];
}

function isSeparator(c: string): boolean {
  return c === "," || c === ";" || /\s/.test(c);
}

/** Index just past the comment that opens at `start` (nesting and `\` escapes per RFC 5322 3.2.2). */
function skipComment(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return s.length;
}

function skipQuoted(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\\") i++;
    else if (c === '"') return i + 1;
  }
  return s.length;
}

/**
 * The text of a bracketed id starting after its `<`. An unterminated id ends at the next whitespace
 * or `<`, so one truncated id does not swallow the rest of a References header.
 */
function readBracketed(s: string, start: number): { text: string; next: number } {
  let text = "";
  let quoted = false;
  for (let i = start; i < s.length; i++) {
    const c = s.charAt(i);
    if (quoted) {
      if (c === "\\" && i + 1 < s.length) {
        text += c + s.charAt(i + 1);
        i++;
      } else {
        if (c === '"') quoted = false;
        text += c;
      }
      continue;
    }
    if (c === ">") return { text, next: i + 1 };
    if (c === "<") return { text, next: i };
    if (c === '"') quoted = true;
    if (/\s/.test(c)) {
      // Folding inside an id is noise; but "<abc" followed by a space and another id is a lost ">".
      const rest = s.slice(i).trimStart();
      if (rest.startsWith("<") || rest === "") return { text, next: i };
      continue;
    }
    text += c;
  }
  return { text, next: s.length };
}
