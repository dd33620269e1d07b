/**
 * RFC 2047 encoded words (`=?iso-8859-1?Q?accentu=E9?=`, `=?UTF-8?B?w6lsw6h2ZQ==?=`) as the text
 * they stand for. Gmail's raw headers, some sidebars and older stored conversations carry subjects
 * this way, and a queue that shows them raw reads as broken. Decoded with libmime (the Nodemailer
 * project's MIME library: Q and B, any charset iconv-lite knows, adjacent words joined as the RFC
 * says) rather than by hand.
 */
import type Libmime from "libmime";

let loaded: typeof Libmime | undefined;

/**
 * Loaded on the first encoded subject, not with the API: most subjects are plain, and requiring the
 * library (with its charset tables) costs a cold instance ~30 ms before its first answer.
 */
function libmime(): typeof Libmime {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, lazy load
  loaded ??= require("libmime") as typeof Libmime;
  return loaded;
}

/** Text with its encoded words decoded; text without any, or that fails to decode, as it was. */
export function decodeEncodedWords(text: string): string {
  // Most subjects are plain: no library call for them.
  if (!text.includes("=?")) return text;
  try {
    // A method of the library's shared instance (it reads `this`), so called on it.
    return libmime().decodeWords(text);
  } catch {
    // A malformed word is shown as written rather than losing the subject.
    return text;
  }
}
