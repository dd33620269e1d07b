/** GET /me, as the dashboard uses it. */
export interface Me {
  email: string;
  name: string;
  role: "admin" | "lead" | "agent" | "viewer";
  org: string;
  allowed: string[];
  members: Array<{ email: string; name: string; role: string }>;
  mailboxes: Array<{ id: string; address: string; name: string }>;
  /** The member's own language (issue 18); null or absent: the browser's. */
  language?: "en" | "nl" | null;
}
