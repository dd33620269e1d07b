import { useEffect, useState } from "preact/hooks";
import { doc, getDoc } from "firebase/firestore/lite";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { MailboxEditor } from "./MailboxEditor";
import { MembersEditor } from "./MembersEditor";

interface OrgSettings {
  redaction?: { enabled?: boolean; patterns?: string[] };
  retentionDays?: number;
}

export function SettingsView({ api, me, session }: { api: ApiClient; me: Me; session: Session }) {
  const canMailboxes = me.allowed.includes("manage_mailboxes");
  const canMembers = me.allowed.includes("manage_members");
  const [org, setOrg] = useState<OrgSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rebuild, setRebuild] = useState<string | null>(null);

  useEffect(() => {
    getDoc(doc(session.db, "orgs", me.org)).then((snapshot) => {
      setOrg(((snapshot.data() ?? {}) as { settings?: OrgSettings }).settings ?? {});
    }, setError);
  }, [session, me.org]);

  const rebuildMetrics = () => {
    setRebuild("Rebuilding…");
    api
      .post<{ conversations: number; rollupDocuments: number }>("/metrics/rebuild", {})
      .then((r) => {
        setRebuild(`Rebuilt ${r.rollupDocuments} rollup documents from ${r.conversations} conversations.`);
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
      <MailboxEditor api={api} me={me} session={session} editable={canMailboxes} />
      <MembersEditor api={api} me={me} editable={canMembers} />
      <section aria-labelledby="org-title">
        <h3 id="org-title">Redaction and retention</h3>
        {org === null ? (
          <p class="muted">Loading…</p>
        ) : (
          <dl>
            <dt>Redaction of notes</dt>
            <dd>
              {org.redaction?.enabled === false ? "off" : "on: card numbers, IBANs"}
              {(org.redaction?.patterns ?? []).length > 0
                ? ` and ${org.redaction?.patterns?.length} custom patterns`
                : ""}
            </dd>
            <dt>Retention</dt>
            <dd>{org.retentionDays === undefined ? "kept until deleted" : `${org.retentionDays} days`}</dd>
          </dl>
        )}
        <p class="muted">
          These are read from the organisation's settings; the API has no endpoint to change them yet.
        </p>
      </section>
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
