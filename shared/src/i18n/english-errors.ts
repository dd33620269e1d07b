/**
 * The errors area in English, formatted: the `message` every DomainError carries for logs and for
 * clients that predate keys. Only this area is imported (not ./all.ts), so a client bundle that
 * touches a domain function gains the error sentences, not every catalogue.
 */
import errors from "./catalogues/en/errors";
import type { MessageKey } from "./catalogues/areas";
import { createTranslator, flatten, type MessageParams, type Translator } from "./translator";

let english: Translator | null = null;

/** A translator of the errors area in English: what readError speaks when a client passes none. */
export function englishErrors(): Translator {
  english ??= createTranslator({ language: "en", locale: "en-GB" }, flatten({ errors }));
  return english;
}

/** Whether `value` is a key of the errors area ("errors.already_claimed"). */
export function isErrorKey(value: string): value is MessageKey<"errors"> {
  // Not Object.hasOwn: Apps Script's runtime may predate it.
  return value.startsWith("errors.") && Object.prototype.hasOwnProperty.call(errors, value.slice(7));
}

/**
 * `t`'s sentence for `key`, or null when its catalogue lacks the key. A param named `<name>Key` whose
 * value is an errors key is said first (with the same params) and passed as `<name>`: so "{path}:
 * {problem}" composes with any problem's sentence in one language, without a key per combination.
 */
export function sayError(t: Translator, key: string, params: MessageParams = {}): string | null {
  const said: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params))
    if (name.endsWith("Key") && typeof value === "string")
      said[name.slice(0, -3)] = t.maybe(value, params) ?? "";
  return t.maybe(key, said);
}

export function englishError(key: MessageKey<"errors">, params?: MessageParams): string {
  return sayError(englishErrors(), key, params) ?? key;
}
