import type { Role } from "../permissions";

export interface MemberInfo {
  email: string;
  name: string;
  role: Role;
}

/** Lower-cased email -> display name; an address with no member record shows as itself. */
export type NameOf = (email: string) => string;

export function nameLookup(members: readonly { email: string; name?: string | null }[]): NameOf {
  const names = new Map(members.map((member) => [member.email.toLowerCase(), (member.name ?? "").trim()]));
  return (email) => {
    const name = names.get(email.toLowerCase());
    return name === undefined || name === "" ? email : name;
  };
}
