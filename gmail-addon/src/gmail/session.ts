/**
 * Who is using the add-on: Session.getActiveUser().getEmail(), which the userinfo.email scope the
 * identity token already needs makes available. Only used to tell "a teammate replied" from "I
 * replied"; the backend never trusts it (it reads the verified identity token).
 */
export function myEmail(): string {
  try {
    return Session.getActiveUser().getEmail().toLowerCase();
  } catch {
    // Unknown: every recent reply then reads as a teammate's, which only over-warns.
    return "";
  }
}
