import { doc, getDoc } from "firebase/firestore/lite";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { readerTimeZone } from "../settings/time-zones";
import { TimeZonePicker } from "../settings/TimeZonePicker";
import {
  readAvailabilityForm,
  toAvailabilityForm,
  WEEKDAYS,
  type AvailabilityForm,
} from "./availability-form";
import { FieldError, invalidProps } from "./FieldError";

/** Where a refusal of the request lands: each path to a field the form renders. */
function fieldOf(path: string): string {
  if (path.startsWith("workingHours.weekly.")) return path.split(/[[.]/).slice(0, 3).join(".");
  if (path.startsWith("workingHours"))
    return path.startsWith("workingHours.timeZone") ? "workingHours.timeZone" : "workingHours.weekly";
  if (path.startsWith("skills")) return "skills";
  return path;
}

/**
 * A member's availability, for admins: away until, skills (tags they cover, for skills routing),
 * their own cap, and their own working hours (else the mailbox calendar). PUT
 * /members/{email}/availability; a member going away has their open conversations rebalanced.
 */
export function AvailabilityEditor({ api, me, session }: { api: ApiClient; me: Me; session: Session }) {
  const [email, setEmail] = useState(me.members[0]?.email ?? "");
  const [form, setForm] = useState<AvailabilityForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    setForm(null);
    setErrors({});
    setStatus(null);
    if (email === "") return;
    let current = true;
    getDoc(doc(session.db, "orgs", me.org, "members", email)).then(
      (snapshot) => {
        if (current) setForm(toAvailabilityForm(snapshot.data(), readerTimeZone()));
      },
      (e: unknown) => {
        if (current) setFailure(e);
      },
    );
    return () => {
      current = false;
    };
  }, [session, me.org, email]);

  const update = (change: Partial<AvailabilityForm>) => {
    setForm((f) => (f === null ? f : { ...f, ...change }));
    setStatus(null);
  };
  const marks = Object.fromEntries(Object.entries(errors).map(([k, v]) => [fieldOf(k), v]));

  const save = (event: Event) => {
    event.preventDefault();
    if (form === null) return;
    setFailure(null);
    const result = readAvailabilityForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    api.call("putMemberAvailability", { params: { email }, body: result.request }).then(
      (r) => {
        setStatus(
          r.awayUntil !== null && r.awayUntil > Date.now()
            ? `Saved: ${email} is away until ${new Date(r.awayUntil).toLocaleString()}; their open conversations are offered to others.`
            : `Saved ${email}'s availability.`,
        );
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.field !== null) setErrors({ [e.field]: e.message });
        else setFailure(e);
      },
    );
  };

  const text = (label: string, path: string, value: string, onInput: (v: string) => void, type = "text") => (
    <label class="field">
      <span>{label}</span>
      <input
        type={type}
        value={value}
        {...invalidProps(marks, path)}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
      />
      <FieldError marks={marks} path={path} />
    </label>
  );

  return (
    <section aria-labelledby="availability-title">
      <h3 id="availability-title">Member availability</h3>
      <p class="muted">
        Routing assigns only to members who are on shift, not away, and under their cap. Away members' open
        conversations are offered back when they go.
      </p>
      <label class="field">
        <span>Member</span>
        <select
          aria-label="Member"
          value={email}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
          }}
        >
          {me.members.map((m) => (
            <option value={m.email}>
              {m.name} ({m.email})
            </option>
          ))}
        </select>
      </label>
      {failure !== null && <ErrorLine error={failure} />}
      {form !== null && (
        <form onSubmit={save} noValidate>
          {text(
            "Away until (empty: not away)",
            "awayUntil",
            form.awayUntil,
            (v) => {
              update({ awayUntil: v });
            },
            "datetime-local",
          )}
          {text("Skills (tags they cover)", "skills", form.skills, (v) => {
            update({ skills: v });
          })}
          {text(
            "Their max open (empty: the mailbox's cap)",
            "maxOpen",
            form.maxOpen,
            (v) => {
              update({ maxOpen: v });
            },
            "number",
          )}
          <label class="check">
            <input
              type="checkbox"
              checked={form.ownHours}
              onChange={(e) => {
                update({ ownHours: e.currentTarget.checked });
              }}
            />{" "}
            Own working hours (else the mailbox's calendar)
          </label>
          {form.ownHours && (
            <fieldset>
              <legend>Working hours</legend>
              <label class="field">
                <span>Time zone</span>
                <TimeZonePicker
                  value={form.timeZone}
                  onInput={(zone) => {
                    update({ timeZone: zone });
                  }}
                  disabled={false}
                  invalid={marks["workingHours.timeZone"] !== undefined}
                  describedBy="err-workingHours_timeZone"
                  listId="availability-zones"
                />
                <FieldError marks={marks} path="workingHours.timeZone" />
              </label>
              {WEEKDAYS.map((day) =>
                text(`Hours ${day}`, `workingHours.weekly.${day}`, form.weekly[day], (v) => {
                  update({ weekly: { ...form.weekly, [day]: v } });
                }),
              )}
              <FieldError marks={marks} path="workingHours.weekly" />
            </fieldset>
          )}
          <button type="submit">Save availability</button>
          {status !== null && <p role="status">{status}</p>}
        </form>
      )}
    </section>
  );
}
