import type { EscalationSettingsResponse } from "@baton/shared";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { channelFields, readChannelsForm, toChannelsForm, type ChannelsForm } from "./channels-form";
import { ChannelsFields } from "./ChannelsFields";
import {
  escalationFields,
  readEscalationForm,
  toEscalationForm,
  type EscalationForm,
} from "./escalation-form";
import { HolidayCountryPicker } from "./HolidayCountryPicker";
import { EscalationSteps } from "./EscalationSteps";
import { notSavedSentence, placeErrors, problemCount, type PlacedErrors } from "./field-errors";

function Problem({ marks, path }: { marks: Record<string, string>; path: string }) {
  const message = marks[path];
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={`err-${path}`}>
      {message}
    </span>
  );
}

function Summary({ placed }: { placed: PlacedErrors }) {
  const count = problemCount(placed);
  return count === 0 ? null : (
    <div class="error" role="alert">
      <p>{notSavedSentence(count)}</p>
      {placed.unplaced.map((m) => (
        <p>{m}</p>
      ))}
    </div>
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
  members,
}: {
  api: ApiClient;
  mailboxId: string;
  editable: boolean;
  /** The org's addresses, lower case: who may be named as lead, on call or step member. */
  members: ReadonlySet<string>;
}) {
  const [settings, setSettings] = useState<EscalationSettingsResponse | null>(null);
  const [form, setForm] = useState<EscalationForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [channels, setChannels] = useState<ChannelsForm | null>(null);
  const [channelErrors, setChannelErrors] = useState<Record<string, string>>({});
  const [holidayErrors, setHolidayErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [country, setCountry] = useState("");
  const [region, setRegion] = useState("");
  const [recompute, setRecompute] = useState(false);
  const params = { id: mailboxId };

  const show = (next: EscalationSettingsResponse) => {
    setSettings(next);
    setForm(toEscalationForm(next, next.rota?.timeZone ?? "UTC"));
    setChannels(toChannelsForm(next.channels));
    setCountry(next.holidays?.country ?? "");
    setRegion(next.holidays?.region ?? "");
  };

  useEffect(() => {
    setSettings(null);
    setFailure(null);
    setStatus(null);
    setErrors({});
    setChannelErrors({});
    setHolidayErrors({});
    if (mailboxId === "") return;
    api.call("getEscalationSettings", { params: { id: mailboxId } }).then(show, setFailure);
  }, [api, mailboxId]);

  const field = (
    label: string,
    key: Exclude<keyof EscalationForm, "steps">,
    errorPath: string,
    placeholder = "",
  ) =>
    form === null ? null : (
      <label class="field">
        <span>{label}</span>
        <input
          value={form[key]}
          placeholder={placeholder}
          disabled={!editable}
          aria-invalid={placed.marks[errorPath] !== undefined}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => (f === null ? f : { ...f, [key]: value }));
          }}
        />
        <Problem marks={placed.marks} path={errorPath} />
      </label>
    );

  const placed = placeErrors(errors, escalationFields(form?.steps.length ?? 0));
  const placedChannels = placeErrors(channelErrors, channelFields(channels?.webhooks.length ?? 0));
  const placedHolidays = placeErrors(holidayErrors, ["country", "region"]);
  // A refusal with a field is shown at that field of the form that sent it; others above the forms.
  const onError = (into: (errors: Record<string, string>) => void) => (e: unknown) => {
    if (e instanceof ApiError && e.field !== null) into({ [e.field]: e.message });
    else setFailure(e);
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (form === null) return;
    setStatus(null);
    setFailure(null);
    const result = readEscalationForm(form, members);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    api.call("putEscalationSettings", { params, body: result.request }).then((next) => {
      show(next);
      setStatus("Escalation steps and rota saved.");
    }, onError(setErrors));
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
    setHolidayErrors({});
    api.call("putHolidays", { params, body }).then((next) => {
      show(next);
      setStatus(
        `Holidays ${body.country === null ? "source removed" : `from ${body.country} added`}; open conversations ${recompute ? "re-computed" : "keep their current deadlines until their next event"}.`,
      );
    }, onError(setHolidayErrors));
  };

  const saveChannels = (event: Event) => {
    event.preventDefault();
    if (channels === null) return;
    setStatus(null);
    setFailure(null);
    const result = readChannelsForm(channels);
    if (!result.ok) {
      setChannelErrors(result.errors);
      return;
    }
    setChannelErrors({});
    api.call("putChannels", { params, body: result.request }).then((next) => {
      show(next);
      setStatus("Channels saved.");
    }, onError(setChannelErrors));
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
              <legend>Escalation steps</legend>
              <EscalationSteps
                form={form}
                setForm={(change) => {
                  setForm((f) => (f === null ? f : change(f)));
                }}
                marks={placed.marks}
                editable={editable}
              />
              {field("Leads (emails; empty = every member whose role is lead)", "leads", "policy.leads")}
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
                <Problem marks={placed.marks} path="rota.overrides" />
              </label>
            </fieldset>
            {editable && <button type="submit">Save escalation steps and rota</button>}
            <Summary placed={placed} />
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
                <span>Public holidays of</span>
                <HolidayCountryPicker value={country} onChange={setCountry} disabled={!editable} />
                <Problem marks={placedHolidays.marks} path="country" />
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
                <Problem marks={placedHolidays.marks} path="region" />
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
              <Summary placed={placedHolidays} />
            </fieldset>
          </form>
          {channels !== null && (
            <form onSubmit={saveChannels} noValidate>
              <fieldset>
                <legend>Notification channels</legend>
                <ChannelsFields
                  form={channels}
                  setForm={(change) => {
                    setChannels((c) => (c === null ? c : change(c)));
                  }}
                  marks={placedChannels.marks}
                  editable={editable}
                />
                {editable && <button type="submit">Save channels</button>}
                <Summary placed={placedChannels} />
              </fieldset>
            </form>
          )}
          {status !== null && <p role="status">{status}</p>}
        </>
      )}
    </section>
  );
}
