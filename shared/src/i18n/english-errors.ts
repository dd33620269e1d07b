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

export function englishError(key: MessageKey<"errors">, params?: MessageParams): string {
  return englishErrors().t(key, params);
}
