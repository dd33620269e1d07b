import { validateRedactionSettings } from "@baton/shared";
import type { Handlers } from "../http/app";
import { failWith } from "../http/errors";
import { loadOrgSettings, saveOrgSettings } from "../store/orgs";
import { forgetVisibility } from "../store/visibility";
import type { ServerDeps } from "./deps";

/**
 * GET /org/settings for every member (the sidebars and dashboard show what is redacted), PUT for
 * admins only (declared in the route table): redaction and retention decide what the org keeps.
 */
export function orgSettingsHandlers(deps: ServerDeps): Pick<Handlers, "getOrgSettings" | "putOrgSettings"> {
  return {
    async getOrgSettings({ principal }) {
      const settings = await loadOrgSettings(deps.db, principal.org);
      return {
        ...settings,
        redaction: { ...settings.redaction, patterns: settings.redaction.patterns ?? [] },
      };
    },

    async putOrgSettings({ principal, body }) {
      const problem = validateRedactionSettings(body.redaction);
      if (problem !== null) failWith(problem);
      const redaction = {
        ...body.redaction,
        patterns: body.redaction.patterns.map((p) => ({ name: p.name.trim(), regex: p.regex })),
      };
      const { retentionDays, mailboxVisibility } = body;
      await saveOrgSettings(deps.db, principal.org, { redaction, retentionDays, mailboxVisibility });
      // This instance applies a visibility change at once; others within VISIBILITY_TTL_MS.
      forgetVisibility();
      return { redaction, retentionDays, mailboxVisibility };
    },
  };
}
