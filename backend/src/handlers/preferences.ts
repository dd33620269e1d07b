import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { forgetDirectory } from "../store/directory";
import { setMemberLanguage } from "../store/member-language";
import type { ServerDeps } from "./deps";

/**
 * PUT /me/language (issue 18): the caller's own language, for every member (viewers too). The route
 * has no address in it, so a member can only ever set their own.
 */
export function preferencesHandlers(deps: ServerDeps): Pick<Handlers, "putMyLanguage"> {
  return {
    async putMyLanguage({ principal, body }) {
      const outcome = await setMemberLanguage(deps.db, principal.org, principal.email, body.language);
      if (!outcome.ok) fail("not_member", "errors.noLongerMember", { email: principal.email });
      // The caller's next request on this instance reads their new language, not the cached one.
      forgetDirectory();
      return { language: outcome.language };
    },
  };
}
