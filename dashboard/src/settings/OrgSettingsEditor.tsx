import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { errorFor } from "./mailbox-form";
import { readOrgSettingsForm, toOrgSettingsForm, type OrgSettingsForm } from "./org-settings-form";

function Problem({ errors, path }: { errors: Record<string, string>; path: string }) {
  const message = errorFor(errors, path);
  return message === undefined ? null : (
    <span class="field-error" role="alert">
      {message}
    </span>
  );
}

/**
 * The org's redaction of notes and retention of resolved conversations: GET /org/settings for every
 * member, PUT for admins (the API refuses others; the form is disabled for them).
 */
export function OrgSettingsEditor({ api, editable }: { api: ApiClient; editable: boolean }) {
  const [form, setForm] = useState<OrgSettingsForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    api.call("getOrgSettings", {}).then((s) => {
      setForm(toOrgSettingsForm(s));
    }, setFailure);
  }, [api]);

  const update = (patch: Partial<OrgSettingsForm>) => {
    setForm((f) => (f === null ? f : { ...f, ...patch }));
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (form === null) return;
    setStatus(null);
    setFailure(null);
    const result = readOrgSettingsForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    api.call("putOrgSettings", { body: result.request }).then(
      (next) => {
        setForm(toOrgSettingsForm(next));
        setStatus(
          "Settings saved; new notes are redacted with these settings, and mailbox visibility applies within seconds.",
        );
      },
      (e: unknown) => {
        // The server's pattern sentences carry no field path: they belong beside the patterns.
        if (e instanceof ApiError && e.code === "invalid_request")
          setErrors({ [e.field ?? "redaction.patterns"]: e.message });
        else setFailure(e);
      },
    );
  };

  return (
    <section aria-labelledby="org-title">
      <h3 id="org-title">Redaction and retention</h3>
      {failure !== null && <ErrorLine error={failure} />}
      {form === null && failure === null && <p class="muted">Loading…</p>}
      {form !== null && (
        <form onSubmit={save} noValidate>
          <fieldset disabled={!editable}>
            <legend>Redaction of notes</legend>
            <label class="check">
              <input
                type="checkbox"
                checked={form.cards}
                onChange={(e) => {
                  update({ cards: e.currentTarget.checked });
                }}
              />
              <span>Card numbers</span>
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={form.ibans}
                onChange={(e) => {
                  update({ ibans: e.currentTarget.checked });
                }}
              />
              <span>IBANs</span>
            </label>
            <label class="field">
              <span>Custom patterns, one "name regex" per line</span>
              <textarea
                rows={4}
                value={form.patterns}
                placeholder="order ORD-\d{5}"
                aria-invalid={errorFor(errors, "redaction") !== undefined}
                onInput={(e) => {
                  update({ patterns: e.currentTarget.value });
                }}
              />
              <Problem errors={errors} path="redaction" />
            </label>
            <label class="field">
              <span>
                Delete resolved conversations after (days, {MIN_RETENTION_DAYS}–{MAX_RETENTION_DAYS}; empty
                keeps them)
              </span>
              <input
                inputMode="numeric"
                value={form.retentionDays}
                aria-invalid={errorFor(errors, "retentionDays") !== undefined}
                onInput={(e) => {
                  update({ retentionDays: e.currentTarget.value });
                }}
              />
              <Problem errors={errors} path="retentionDays" />
            </label>
            <label class="field">
              <span>Who sees a mailbox's conversations</span>
              <select
                value={form.mailboxVisibility}
                onChange={(e) => {
                  update({ mailboxVisibility: e.currentTarget.value === "members" ? "members" : "all" });
                }}
              >
                <option value="all">Everyone in the org</option>
                <option value="members">Only its listed agents (plus leads and admins)</option>
              </select>
            </label>
            {editable && <button type="submit">Save redaction and retention</button>}
          </fieldset>
          {status !== null && <p role="status">{status}</p>}
        </form>
      )}
    </section>
  );
}
