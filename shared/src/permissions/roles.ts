/** Member roles, from most to least powerful. A member has exactly one role per organisation. */
export const ROLES = ["admin", "lead", "agent", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
