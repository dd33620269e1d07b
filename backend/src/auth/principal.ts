import type { Role } from "@baton/shared";

/** An authenticated member: who (lower-cased email), in which org, with which role. */
export interface Principal {
  email: string;
  org: string;
  role: Role;
  name: string;
}
