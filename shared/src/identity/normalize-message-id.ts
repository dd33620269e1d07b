/**
 * One spelling per Message-ID, so Gmail and Outlook (which echo ids with different brackets, folding
 * and domain case) name the same thread the same way. Only the domain part is lower-cased: RFC 5322
 * makes the local part case-sensitive, and real generators (Gmail's base64 ids) rely on that.
 * Whitespace is folding noise except inside a quoted local part (`<"a b"@host>`, obsolete but legal).
 */
export function normalizeMessageId(id: string): string {
  let s = dropUnquotedWhitespace(id);
  if (s.startsWith("<")) s = s.slice(1);
  if (s.endsWith(">")) s = s.slice(0, -1);
  const at = s.lastIndexOf("@");
  if (at < 0) return s;
  return s.slice(0, at) + s.slice(at).toLowerCase();
}

function dropUnquotedWhitespace(s: string): string {
  if (!s.includes('"')) return s.replace(/\s+/g, "");
  let out = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (quoted && c === "\\") {
      out += c + s.charAt(i + 1);
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      out += c;
    } else if (quoted || !/\s/.test(c)) {
      out += c;
    }
  }
  return out;
}
