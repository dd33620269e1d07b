import type { Role } from "@baton/shared";

/** An authenticated member: who (lower-cased email), in which org, with which role. */
export interface Principal {
  email: string;
  org: string;
  role: Role;
  name: string;
  /**
   * The reader's languages for this request, most preferred first (issue 18): their own setting on
   * the member document, then their client's Accept-Language. What the API writes in sentences (the
   * conversation's view) is said in the first Baton has a catalogue for; absent: English.
   */
  languages?: readonly string[];
}
