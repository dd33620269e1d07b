import { PRIORITIES } from "@baton/shared";
import { doc, getDoc } from "firebase/firestore/lite";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { EscalationEditor } from "./EscalationEditor";
import {
  errorFor,
  readMailboxForm,
  TIER_FIELDS,
  toMailboxForm,
  WEEKDAYS,
  type MailboxForm,
  type StoredMailbox,
} from "./mailbox-form";

const TIER_LABELS = {
  firstResponseMinutes: "First response",
  nextResponseMinutes: "Next response",
  resolutionMinutes: "Resolution",
};

/** The message at `path` or under it; `exact` for a catch-all that must not repeat the fields' own. */
function FieldError({
  errors,
  path,
  exact = false,
}: {
  errors: Record<string, string>;
  path: string;
  exact?: boolean;
}) {
  const message = exact ? errors[path] : errorFor(errors, path);
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={`err-${path}`}>
      {message}
    </span>
  );
}

/** Mailbox, SLA policy with tiers, business calendar with holidays, and routing: PUT /mailboxes/{id}. */
export function MailboxEditor({
  api,
  me,
  session,
  editable,
}: {
  api: ApiClient;
  me: Me;
  session: Session;
  editable: boolean;
}) {
  const [id, setId] = useState(me.mailboxes[0]?.id ?? "");
  const [form, setForm] = useState<MailboxForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    setForm(null);
    setErrors({});
    setSaved(null);
    if (id === "") return;
    getDoc(doc(session.db, "orgs", me.org, "mailboxes", id)).then((snapshot) => {
      const data = snapshot.data() as StoredMailbox | undefined;
      const fallback = me.mailboxes.find((m) => m.id === id);
      setForm(toMailboxForm(data ?? { address: fallback?.address ?? "", name: fallback?.name ?? id }));
    }, setFailure);
  }, [session, me, id]);

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
    const result = readMailboxForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    api.call("putMailbox", { params: { id }, body: result.request }).then(
      () => {
        setSaved("Saved. Open conversations use the new rules from their next event.");
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
        aria-invalid={errorFor(errors, path) !== undefined}
        aria-describedby={`err-${path}`}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
        {...attrs}
      />
      <FieldError errors={errors} path={path} />
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
            setId(e.currentTarget.value);
          }}
        >
          {me.mailboxes.map((m) => (
            <option value={m.id}>{m.name}</option>
          ))}
        </select>
      </label>
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
            <legend>SLA targets (business minutes; empty = no target)</legend>
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
                      return (
                        <td>
                          <input
                            inputMode="numeric"
                            aria-label={`${p} ${TIER_LABELS[field]} minutes`}
                            value={form.tiers[p][field]}
                            disabled={!editable}
                            aria-invalid={errorFor(errors, path) !== undefined}
                            onInput={(e) => {
                              const v = e.currentTarget.value;
                              update((f) => (f.tiers[p][field] = v));
                            }}
                          />
                          <FieldError errors={errors} path={path} />
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
            <FieldError errors={errors} path="policy.pauseStatuses" />
          </fieldset>
          <fieldset>
            <legend>Business calendar</legend>
            {text("Time zone (IANA)", "calendar.timeZone", form.timeZone, (v) => {
              update((f) => (f.timeZone = v));
            })}
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
            <label class="field">
              <span>Holidays (one date per line)</span>
              <textarea
                rows={4}
                value={form.holidays}
                disabled={!editable}
                onInput={(e) => {
                  const v = e.currentTarget.value;
                  update((f) => (f.holidays = v));
                }}
              />
              <FieldError errors={errors} path="calendar.holidays" />
            </label>
            <FieldError errors={errors} path="calendar" exact />
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
          {editable && <button type="submit">Save mailbox</button>}
          {Object.keys(errors).length > 0 && (
            <p class="error" role="alert">
              Not saved: fix the{" "}
              {Object.keys(errors).length === 1 ? "field" : `${Object.keys(errors).length} fields`} marked
              above.
            </p>
          )}
          {saved !== null && <p role="status">{saved}</p>}
        </form>
      )}
      <EscalationEditor api={api} mailboxId={id} editable={editable} />
    </section>
  );
}
