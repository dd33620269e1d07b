import type { Translator } from "@baton/shared/i18n";
import type { Me } from "./types";

const ROLE_KEYS = {
  admin: "dashboard.roleAdmin",
  lead: "dashboard.roleLead",
  agent: "dashboard.roleAgent",
  viewer: "dashboard.roleViewer",
} as const;

/** A role as the reader's language names it ("agent" / "medewerker"). */
export function roleName(role: Me["role"], t: Translator): string {
  return t.t(ROLE_KEYS[role]);
}
