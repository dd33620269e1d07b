import type { Translator } from "@baton/shared/i18n";
import { errorText } from "@baton/shared/view";

/**
 * What a toast says about a refused or failed call. With the API's catalogue key, the sentence in the
 * reader's language (errorText). Without one (an older backend), an English reader gets the API's own
 * sentence, which is more specific ("Only a lead can delete someone else's note."); any other reader
 * gets the code's sentence in their language rather than English.
 */
export function failureText(
  failure: {
    code: string;
    message?: string;
    key?: string | null;
    params?: Readonly<Record<string, string | number>>;
  },
  tr: Translator,
): string {
  const keyed = failure.key !== undefined && failure.key !== null;
  if (!keyed && tr.language === "en" && failure.message !== undefined && failure.message !== "")
    return failure.message;
  return errorText(failure, tr);
}
