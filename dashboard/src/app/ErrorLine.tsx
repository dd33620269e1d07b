import type { MessageParams, Translator } from "@baton/shared/i18n";
import { ApiError } from "../api/client";
import { useTranslator } from "./i18n";

/**
 * An API error's `errors` key said in the reader's language; a param named `<name>Key` is itself a
 * key, said first and passed as `<name>` (as the shared sayError does: "Your role (agent) can't
 * {what}"). null when the catalogue does not know the key (a newer server): its English message then.
 */
function keyed(t: Translator, key: string, params: MessageParams): string | null {
  const said: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params))
    if (name.endsWith("Key") && typeof value === "string")
      said[name.slice(0, -3)] = t.maybe(value, params) ?? "";
  return t.maybe(key, said);
}

/** An error as a sentence the reader can act on, in their language; never a stack trace. */
export function messageOf(error: unknown, t: Translator): string {
  if (error instanceof ApiError)
    return (error.key === null ? null : keyed(t, error.key, error.params)) ?? error.message;
  if (error instanceof Error && /auth\//.test(error.message)) return t.t("dashboard.errorSignIn");
  return t.t("dashboard.errorGeneric");
}

export function ErrorLine({ error }: { error: unknown }) {
  const translator = useTranslator();
  return (
    <p class="error" role="alert">
      {messageOf(error, translator)}
    </p>
  );
}
