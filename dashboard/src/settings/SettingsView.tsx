import { useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { MailboxEditor } from "./MailboxEditor";
import { MembersEditor } from "./MembersEditor";
import { OrgSettingsEditor } from "./OrgSettingsEditor";

export function SettingsView({ api, me, session }: { api: ApiClient; me: Me; session: Session }) {
  const canMailboxes = me.allowed.includes("manage_mailboxes");
  const canMembers = me.allowed.includes("manage_members");
  const [error, setError] = useState<unknown>(null);
  const [rebuild, setRebuild] = useState<string | null>(null);

  const rebuildMetrics = () => {
    setRebuild("Rebuilding…");
    api
      .call("rebuildMetrics", { body: {} })
      .then((r) => {
        setRebuild(
          r.state === "done"
            ? `Rebuilt the metrics of ${r.processed} conversations.`
            : `Rebuilding in the background (${r.processed} of ${r.total ?? "?"} conversations so far); follow it under Jobs.`,
        );
      })
      .catch((e: unknown) => {
        setRebuild(null);
        setError(e);
      });
  };

  return (
    <section aria-labelledby="settings-title" class="settings">
      <h2 id="settings-title">Settings</h2>
      {!canMailboxes && <p class="notice">Only admins can change settings; you can read them ({me.role}).</p>}
      {error !== null && <ErrorLine error={error} />}
      {canMembers && (
        <p>
          <a href="#/setup">Go through the setup steps again</a> (organisation, mailboxes, members from a CSV,
          install the add-ins).
        </p>
      )}
      <MailboxEditor api={api} me={me} session={session} editable={canMailboxes} />
      <MembersEditor api={api} me={me} editable={canMembers} />
      <OrgSettingsEditor api={api} editable={canMembers} />
      {canMailboxes && (
        <section aria-labelledby="rebuild-title">
          <h3 id="rebuild-title">Metrics</h3>
          <p class="muted">
            Rollups judge each event by the policy in force when it arrived. After changing a policy or
            calendar, rebuild them to re-judge history by the new rules.
          </p>
          <button type="button" onClick={rebuildMetrics}>
            Rebuild metrics from the event logs
          </button>
          {rebuild !== null && <p role="status">{rebuild}</p>}
        </section>
      )}
    </section>
  );
}
