/**
 * The local sign-in's address, checked before the Auth emulator sees it. A plain check, not the
 * API's email schema: the sign-in page is first load, which stays free of zod; the API checks again.
 */
import type { Translator } from "@baton/shared/i18n";

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function localAddressProblem(typed: string, t: Translator): string | null {
  const address = typed.trim();
  if (address === "") return t.t("dashboard.addressMissing");
  if (!ADDRESS.test(address)) return t.t("dashboard.addressInvalid", { address });
  return null;
}
