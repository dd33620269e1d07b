import type { EscalationSettingsResponse } from "@baton/shared";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { readEscalationForm, toEscalationForm, type EscalationForm } from "./escalation-form";
import { errorFor } from "./mailbox-form";

function Problem({ errors, path }: { errors: Record<string, string>; path: string }) {
  const message = errorFor(errors, path);
  return message === undefined ? null : (
    <span class="field-error" role="alert">
      {message}
    </span>
  );
}

/**
 * Escalation rules, on-call rota, public holidays and notification channels of one mailbox:
 * GET /mailboxes/{id}/escalation, PUT …/escalation and …/holidays. Admins only (the API says so).
 */
export function EscalationEditor({
  api,
  mailboxId,
  editable,
}: {
  api: ApiClient;
  mailboxId: string;
  editable: boolean;
}) {
  const [settings, setSettings] = useState<EscalationSettingsResponse | null>(null);
  const [form, setForm] = useState<EscalationForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [country, setCountry] = useState("");
  const [region, setRegion] = useState("");
  const [recompute, setRecompute] = useState(false);
  const params = { id: mailboxId };

  const show = (next: EscalationSettingsResponse) => {
    setSettings(next);
    setForm(toEscalationForm(next, next.rota?.timeZone ?? "UTC"));
    setCountry(next.holidays?.country ?? "");
    setRegion(next.holidays?.region ?? "");
  };

  useEffect(() => {
    setSettings(null);
    setFailure(null);
    setStatus(null);
    setErrors({});
    if (mailboxId === "") return;
    api.call("getEscalationSettings", { params: { id: mailboxId } }).then(show, setFailure);
  }, [api, mailboxId]);

  const field = (label: string, key: keyof EscalationForm, errorPath: string, placeholder = "") =>
    form === null ? null : (
      <label class="field">
        <span>{label}</span>
        <input
          value={form[key]}
          placeholder={placeholder}
          disabled={!editable}
          aria-invalid={errorFor(errors, errorPath) !== undefined}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => (f === null ? f : { ...f, [key]: value }));
          }}
        />
        <Problem errors={errors} path={errorPath} />
      </label>
    );

  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.field !== null) setErrors({ [e.field]: e.message });
    else setFailure(e);
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (form === null) return;
    setStatus(null);
    setFailure(null);
    const result = readEscalationForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    api.call("putEscalationSettings", { params, body: result.request }).then((next) => {
      show(next);
      setStatus("Escalation rules and rota saved.");
    }, onError);
  };

  const saveHolidays = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    const body = {
      country: country.trim() === "" ? null : country.trim(),
      ...(region.trim() === "" ? {} : { region: region.trim() }),
      recompute,
    };
    api.call("putHolidays", { params, body }).then((next) => {
      show(next);
      setStatus(
        `Holidays ${body.country === null ? "source removed" : `from ${body.country} added`}; open conversations ${recompute ? "re-computed" : "keep their current deadlines until their next event"}.`,
      );
    }, onError);
  };

  if (failure instanceof ApiError && failure.code === "forbidden") {
    return <p class="notice">Escalation rules, rota, holidays and channels are visible to admins only.</p>;
  }
  return (
    <section aria-labelledby="escalation-title">
      <h3 id="escalation-title">Escalation, on-call rota, holidays and channels</h3>
      {failure !== null && <ErrorLine error={failure} />}
      {settings === null && failure === null && <p class="muted">Loading…</p>}
      {settings !== null && form !== null && (
        <>
          <form onSubmit={save} noValidate>
            <fieldset>
              <legend>Escalation rules</legend>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">When</th>
                    <th scope="col">Notify</th>
                    <th scope="col">Through</th>
                  </tr>
                </thead>
                <tbody>
                  {settings.policy.rules.map((rule) => (
                    <tr>
                      <th scope="row">{rule.id}</th>
                      <td>
                        {rule.trigger.replace("_", " ")}
                        {rule.afterMinutes === undefined ? "" : ` ${rule.afterMinutes} business min`}
                        {rule.when === undefined || rule.when === "any" ? "" : `, ${rule.when}`}
                        {rule.clocks === undefined ? "" : ` (${rule.clocks.join(", ").replace(/_/g, " ")})`}
                      </td>
                      <td>{[...rule.notify, ...(rule.members ?? [])].join(", ").replace(/_/g, " ")}</td>
                      <td>{rule.channels.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <label class="field">
                <span>Rules and leads (JSON)</span>
                <textarea
                  rows={10}
                  spellcheck={false}
                  value={form.policyJson}
                  disabled={!editable}
                  aria-invalid={errorFor(errors, "policy") !== undefined}
                  onInput={(e) => {
                    const value = e.currentTarget.value;
                    setForm((f) => (f === null ? f : { ...f, policyJson: value }));
                  }}
                />
                <Problem errors={errors} path="policy" />
              </label>
            </fieldset>
            <fieldset>
              <legend>On-call rota (weekly rotation; empty members = the mailbox's on-call)</legend>
              {field("Members, in order", "rotaMembers", "rota.members", "ana@…, ben@…")}
              {field("Time zone", "rotaTimeZone", "rota.timeZone")}
              {field("First week starts", "rotaAnchorDate", "rota.anchorDate", "2026-10-05")}
              {field("Handover time", "rotaHandover", "rota.handover", "09:00")}
              <label class="field">
                <span>Overrides (YYYY-MM-DD email per line)</span>
                <textarea
                  rows={3}
                  value={form.rotaOverrides}
                  disabled={!editable}
                  onInput={(e) => {
                    const value = e.currentTarget.value;
                    setForm((f) => (f === null ? f : { ...f, rotaOverrides: value }));
                  }}
                />
                <Problem errors={errors} path="rota.overrides" />
              </label>
              <Problem errors={errors} path="rota" />
            </fieldset>
            {editable && <button type="submit">Save escalation and rota</button>}
          </form>
          <form onSubmit={saveHolidays} noValidate>
            <fieldset>
              <legend>Public holidays</legend>
              <p class="muted">
                {settings.holidays === null
                  ? "No country's holidays are added."
                  : `From ${settings.holidays.country}${settings.holidays.region === null ? "" : `-${settings.holidays.region}`}, ${settings.holidays.fromYear}–${settings.holidays.toYear}: ${settings.holidays.added.length} dates.`}{" "}
                Calendar holidays in all: {settings.calendarHolidays.length}.
              </p>
              <label class="field">
                <span>Country (two letters; empty to stop)</span>
                <input
                  value={country}
                  disabled={!editable}
                  onInput={(e) => {
                    setCountry(e.currentTarget.value);
                  }}
                />
                <Problem errors={errors} path="country" />
              </label>
              <label class="field">
                <span>Region (optional)</span>
                <input
                  value={region}
                  disabled={!editable}
                  onInput={(e) => {
                    setRegion(e.currentTarget.value);
                  }}
                />
                <Problem errors={errors} path="region" />
              </label>
              <label class="check">
                <input
                  type="checkbox"
                  checked={recompute}
                  disabled={!editable}
                  onChange={(e) => {
                    setRecompute(e.currentTarget.checked);
                  }}
                />{" "}
                Re-compute the deadlines of open conversations now
              </label>
              {editable && <button type="submit">Save holidays</button>}
            </fieldset>
          </form>
          <fieldset>
            <legend>Notification channels</legend>
            <ul>
              <li>Slack: {settings.channels.slack === null ? "not set" : settings.channels.slack.host}</li>
              <li>Teams: {settings.channels.teams === null ? "not set" : settings.channels.teams.host}</li>
              <li>
                Webhooks:{" "}
                {settings.channels.webhooks.length === 0
                  ? "none"
                  : settings.channels.webhooks
                      .map((w) => `${w.id} → ${w.host}${w.hasSecret ? " (signed)" : ""}`)
                      .join(", ")}
              </li>
            </ul>
            <p class="muted">
              Channel URLs and secrets are write-only: set them through PUT /mailboxes/
              {encodeURIComponent(mailboxId)}/channels.
            </p>
          </fieldset>
          {status !== null && <p role="status">{status}</p>}
        </>
      )}
    </section>
  );
}
