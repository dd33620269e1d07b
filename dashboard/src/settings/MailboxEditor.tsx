import { PRIORITIES } from "@baton/shared";
import { doc, getDoc } from "firebase/firestore/lite";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { EscalationEditor } from "./EscalationEditor";
import { HolidayCountryPicker } from "./HolidayCountryPicker";
import { notSavedSentence, placeErrors, problemCount } from "./field-errors";
import { pastHolidayWarning, todayIn } from "./holiday-warning";
import {
  defaultTargetsSentence,
  mailboxIdOf,
  newMailboxForm,
  readMailboxForm,
  TIER_FIELDS,
  toMailboxForm,
  WEEKDAYS,
  type MailboxForm,
  type StoredMailbox,
} from "./mailbox-form";
import { readerTimeZone } from "./time-zones";
import { TimeZonePicker } from "./TimeZonePicker";

/** The mailbox menu's entry for a mailbox not created yet. */
const NEW = "";

const TIER_LABELS = {
  firstResponseMinutes: "First response",
  nextResponseMinutes: "Next response",
  resolutionMinutes: "Resolution",
};

function FieldError({ marks, path }: { marks: Record<string, string>; path: string }) {
  const message = marks[path];
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={`err-${path}`}>
      {message}
    </span>
  );
}

/** Every field the form renders, by request path: where errors are marked. */
const FIELDS: readonly string[] = [
  "address",
  "name",
  ...PRIORITIES.flatMap((p) => TIER_FIELDS.map((f) => `policy.tiers.${p}.${f}`)),
  "policy.warningThreshold",
  "policy.pauseStatuses",
  "calendar.timeZone",
  ...WEEKDAYS.map((d) => `calendar.weekly.${d}`),
  "calendar.holidays",
  "routing.agents",
  "routing.onCall",
];

/**
 * Mailbox, SLA policy with tiers, business calendar with holidays, and routing: PUT /mailboxes/{id}.
 * "New mailbox" creates one (the setup's mailboxes step and Settings alike): default targets said in
 * the form, the admin's time zone, and a country's public holidays (PUT …/holidays) once it exists.
 */
export function MailboxEditor({
  api,
  me,
  session,
  editable,
  onCreated,
}: {
  api: ApiClient;
  me: Me;
  session: Session;
  editable: boolean;
  /** A mailbox was created: the team's list (GET /me) is read again. */
  onCreated?: (id: string) => void;
}) {
  const [id, setId] = useState(me.mailboxes[0]?.id ?? NEW);
  const creating = id === NEW;
  const [country, setCountry] = useState("");
  // Outlives the switch to the new mailbox (which clears `saved`): what the creation did.
  const [created, setCreated] = useState<string | null>(null);
  // Mailboxes created here, in the menu at once (GET /me, read again, lists them a moment later).
  const [madeHere, setMadeHere] = useState<Array<{ id: string; name: string }>>([]);
  const mailboxes = [...me.mailboxes, ...madeHere.filter((m) => !me.mailboxes.some((x) => x.id === m.id))];
  const [form, setForm] = useState<MailboxForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const placed = placeErrors(errors, FIELDS);
  const marks = placed.marks;
  const members = new Set(me.members.map((m) => m.email.toLowerCase()));
  const holidayWarning =
    form === null
      ? null
      : pastHolidayWarning(
          form.holidays.split(/[\s,]+/).filter((h) => h !== ""),
          todayIn(form.timeZone.trim(), Date.now()),
        );

  useEffect(() => {
    setForm(null);
    setErrors({});
    setSaved(null);
    if (id === NEW) {
      setForm(newMailboxForm(readerTimeZone()));
      return;
    }
    // A read that returns after the admin moved on (another mailbox, New mailbox…) is dropped.
    let current = true;
    getDoc(doc(session.db, "orgs", me.org, "mailboxes", id)).then(
      (snapshot) => {
        if (!current) return;
        const data = snapshot.data() as StoredMailbox | undefined;
        const fallback = me.mailboxes.find((m) => m.id === id);
        setForm(toMailboxForm(data ?? { address: fallback?.address ?? "", name: fallback?.name ?? id }));
      },
      (e: unknown) => {
        if (current) setFailure(e);
      },
    );
    return () => {
      current = false;
    };
    // Not on every new `me` (read again after a mailbox or member is added): that would wipe a form
    // being typed into.
  }, [session, me.org, id]);

  const update = (change: (f: MailboxForm) => void) => {
    setForm((f) => {
      if (f === null) return f;
      const next = structuredClone(f);
      change(next);
      return next;
    });
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (form === null) return;
    setSaved(null);
    setFailure(null);
    const result = readMailboxForm(form, members);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const target = creating ? mailboxIdOf(result.request.address) : id;
    const holidays = creating && country !== "" ? country : null;
    api
      .call("putMailbox", { params: { id: target }, body: result.request })
      .then(async () => {
        if (holidays !== null)
          await api.call("putHolidays", {
            params: { id: target },
            body: { country: holidays, recompute: false },
          });
      })
      .then(
        () => {
          if (creating) {
            setCreated(
              `Created ${result.request.name} (${target})${holidays === null ? "" : `, closed on the public holidays of ${holidays}`}.`,
            );
            setCountry("");
            setMadeHere((list) => [...list, { id: target, name: result.request.name }]);
            onCreated?.(target);
            setId(target);
            return;
          }
          setSaved(
            `Saved. Open conversations use the new rules from their next event.${holidayWarning === null ? "" : ` ${holidayWarning}`}`,
          );
        },
        (e: unknown) => {
          if (e instanceof ApiError && e.field !== null) setErrors({ [e.field]: e.message });
          else setFailure(e);
        },
      );
  };

  const text = (
    label: string,
    path: string,
    value: string,
    onInput: (v: string) => void,
    attrs: Record<string, unknown> = {},
  ) => (
    <label class="field">
      <span>{label}</span>
      <input
        value={value}
        disabled={!editable}
        aria-invalid={marks[path] !== undefined}
        aria-describedby={`err-${path}`}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
        {...attrs}
      />
      <FieldError marks={marks} path={path} />
    </label>
  );

  return (
    <section aria-labelledby="mailbox-title">
      <h3 id="mailbox-title">Mailboxes, SLA policies and business hours</h3>
      <label>
        Mailbox{" "}
        <select
          value={id}
          onChange={(e) => {
            setCreated(null);
            setId(e.currentTarget.value);
          }}
        >
          {mailboxes.map((m) => (
            <option value={m.id}>{m.name}</option>
          ))}
          {editable && <option value={NEW}>New mailbox…</option>}
        </select>
      </label>
      {created !== null && <p role="status">{created}</p>}
      {failure !== null && <ErrorLine error={failure} />}
      {form !== null && (
        <form onSubmit={save} class="mailbox-form" noValidate>
          <fieldset>
            <legend>Mailbox</legend>
            {text(
              "Address",
              "address",
              form.address,
              (v) => {
                update((f) => (f.address = v));
              },
              {
                type: "email",
              },
            )}
            {text("Name", "name", form.name, (v) => {
              update((f) => (f.name = v));
            })}
          </fieldset>
          <fieldset>
            <legend>SLA targets</legend>
            {creating && <p class="notice">{defaultTargetsSentence()}</p>}
            <p class="muted">
              Hours and minutes of <strong>business time</strong> (counted only inside the business calendar
              below); leave both empty for no target.
            </p>
            <table class="tiers">
              <thead>
                <tr>
                  <th scope="col">Priority</th>
                  {TIER_FIELDS.map((f) => (
                    <th scope="col">{TIER_LABELS[f]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PRIORITIES.map((p) => (
                  <tr>
                    <th scope="row">{p}</th>
                    {TIER_FIELDS.map((field) => {
                      const path = `policy.tiers.${p}.${field}`;
                      const value = form.tiers[p][field];
                      const part = (unit: "hours" | "minutes", label: string) => (
                        <label class="duration-part">
                          <input
                            inputMode="numeric"
                            size={unit === "hours" ? 4 : 2}
                            aria-label={`${p} ${TIER_LABELS[field]} ${unit}`}
                            value={value[unit]}
                            disabled={!editable}
                            aria-invalid={marks[path] !== undefined}
                            aria-describedby={`err-${path}`}
                            onInput={(e) => {
                              const v = e.currentTarget.value;
                              update((f) => (f.tiers[p][field][unit] = v));
                            }}
                          />{" "}
                          {label}
                        </label>
                      );
                      return (
                        <td>
                          {part("hours", "h")} {part("minutes", "min")}
                          <FieldError marks={marks} path={path} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            {text(
              "Warn at (% of target)",
              "policy.warningThreshold",
              form.warningPercent,
              (v) => {
                update((f) => (f.warningPercent = v));
              },
              { inputMode: "numeric" },
            )}
            <label class="check">
              <input
                type="checkbox"
                checked={form.pausePending}
                disabled={!editable}
                onChange={(e) => {
                  const v = e.currentTarget.checked;
                  update((f) => (f.pausePending = v));
                }}
              />{" "}
              Pause while waiting on the customer (pending)
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={form.pauseSnoozed}
                disabled={!editable}
                onChange={(e) => {
                  const v = e.currentTarget.checked;
                  update((f) => (f.pauseSnoozed = v));
                }}
              />{" "}
              Pause while snoozed
            </label>
            <FieldError marks={marks} path="policy.pauseStatuses" />
          </fieldset>
          <fieldset>
            <legend>Business calendar</legend>
            <label class="field">
              <span>Time zone</span>
              <TimeZonePicker
                value={form.timeZone}
                listId="mailbox-time-zones"
                disabled={!editable}
                invalid={marks["calendar.timeZone"] !== undefined}
                describedBy="err-calendar.timeZone"
                onInput={(v) => {
                  update((f) => (f.timeZone = v));
                }}
              />
              <FieldError marks={marks} path="calendar.timeZone" />
            </label>
            {WEEKDAYS.map((d) =>
              text(
                `${d[0]?.toUpperCase() ?? ""}${d.slice(1)} hours`,
                `calendar.weekly.${d}`,
                form.weekly[d],
                (v) => {
                  update((f) => (f.weekly[d] = v));
                },
                { placeholder: "closed" },
              ),
            )}
            {creating && (
              <label class="field">
                <span>Public holidays of</span>
                <HolidayCountryPicker value={country} onChange={setCountry} disabled={!editable} />
              </label>
            )}
            <label class="field">
              <span>
                {creating ? "Other closed days (one date per line)" : "Holidays (one date per line)"}
              </span>
              <textarea
                rows={4}
                value={form.holidays}
                disabled={!editable}
                aria-invalid={marks["calendar.holidays"] !== undefined}
                onInput={(e) => {
                  const v = e.currentTarget.value;
                  update((f) => (f.holidays = v));
                }}
              />
              <FieldError marks={marks} path="calendar.holidays" />
              {holidayWarning !== null && (
                <span class="field-warning" role="status">
                  {holidayWarning}
                </span>
              )}
            </label>
          </fieldset>
          <fieldset>
            <legend>Routing and on-call</legend>
            {text("Agents (emails, empty = everyone)", "routing.agents", form.agents, (v) => {
              update((f) => (f.agents = v));
            })}
            {text("On call (email)", "routing.onCall", form.onCall, (v) => {
              update((f) => (f.onCall = v));
            })}
          </fieldset>
          <fieldset>
            <legend>Customer survey</legend>
            <label class="check">
              <input
                type="checkbox"
                checked={form.csatEnabled}
                disabled={!editable}
                onChange={(e) => {
                  const v = e.currentTarget.checked;
                  update((f) => (f.csatEnabled = v));
                }}
              />{" "}
              Ask the customer for a rating (1-5) when a conversation is resolved
            </label>
            <label class="field">
              <span>Survey language</span>
              <select
                value={form.csatLanguage}
                disabled={!editable}
                onChange={(e) => {
                  const v = e.currentTarget.value === "nl" ? "nl" : "en";
                  update((f) => (f.csatLanguage = v));
                }}
              >
                <option value="en">English</option>
                <option value="nl">Nederlands</option>
              </select>
            </label>
          </fieldset>
          {editable && <button type="submit">{creating ? "Create mailbox" : "Save mailbox"}</button>}
          {problemCount(placed) > 0 && (
            <div class="error" role="alert">
              <p>{notSavedSentence(problemCount(placed))}</p>
              {placed.unplaced.map((message) => (
                <p>{message}</p>
              ))}
            </div>
          )}
          {saved !== null && <p role="status">{saved}</p>}
        </form>
      )}
      {!creating && <EscalationEditor api={api} mailboxId={id} editable={editable} members={members} />}
    </section>
  );
}
