import type { ComponentChildren } from "preact";
import {
  CHANNEL_KINDS,
  moveStep,
  newStep,
  RECIPIENTS,
  TRIGGERS,
  type EscalationForm,
  type StepForm,
} from "./escalation-form";

const TRIGGER_LABELS = {
  warned: "At the warning",
  breached: "At the breach",
  still_breached: "Still breached after",
};
const RECIPIENT_LABELS = { assignee: "The assignee", leads: "The leads", on_call: "Whoever is on call" };
const WHENS = ["any", "assigned", "unassigned"] as const;
const WHEN_LABELS = { any: "Owned or not", assigned: "Someone owns", unassigned: "Nobody owns" };
const CHANNEL_LABELS = { email: "Email", slack: "Slack", teams: "Teams", webhook: "Webhook" };

/** Focus after the list changed: the element with this id, once it is rendered. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => {
    document.getElementById(id)?.focus();
  });
}

function Mark({ marks, path }: { marks: Record<string, string>; path: string }) {
  const message = marks[path];
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={`err-${path}`}>
      {message}
    </span>
  );
}

function Choices<T extends string>({
  legend,
  options,
  labels,
  chosen,
  disabled,
  onChange,
  children,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[];
  disabled: boolean;
  onChange: (next: T[]) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label class="check">
          <input
            type="checkbox"
            checked={chosen.includes(o)}
            disabled={disabled}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(on ? [...chosen.filter((c) => c !== o), o] : chosen.filter((c) => c !== o));
            }}
          />{" "}
          {labels[o]}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/**
 * The escalation steps as a list of small forms: add, remove, move up and down. Removing a step
 * moves focus to the step now in its place (or Add step), so a keyboard user is not dropped.
 */
export function EscalationSteps({
  form,
  setForm,
  marks,
  editable,
}: {
  form: EscalationForm;
  setForm: (change: (f: EscalationForm) => EscalationForm) => void;
  marks: Record<string, string>;
  editable: boolean;
}) {
  const change = (index: number, patch: Partial<StepForm>) => {
    setForm((f) => ({ ...f, steps: f.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
  };
  const remove = (index: number) => {
    const remaining = form.steps.length - 1;
    setForm((f) => ({ ...f, steps: f.steps.filter((_, i) => i !== index) }));
    focusSoon(remaining === 0 ? "add-step" : `remove-step-${Math.min(index, remaining - 1)}`);
  };
  const move = (index: number, delta: -1 | 1) => {
    setForm((f) => ({ ...f, steps: moveStep(f.steps, index, delta) }));
    focusSoon(`${delta < 0 ? "up" : "down"}-step-${index + delta}`);
  };
  return (
    <div class="steps">
      {form.steps.length === 0 && <p class="muted">No steps: nobody is notified of warnings or breaches.</p>}
      <ol>
        {form.steps.map((step, i) => {
          const at = `policy.rules.${i}`;
          const name = `Step ${i + 1}`;
          return (
            <li class="step" aria-label={name}>
              <label class="field">
                <span>Step name</span>
                <input
                  id={`step-name-${i}`}
                  value={step.id}
                  disabled={!editable}
                  aria-invalid={marks[`${at}.id`] !== undefined}
                  onInput={(e) => {
                    change(i, { id: e.currentTarget.value });
                  }}
                />
                <Mark marks={marks} path={`${at}.id`} />
              </label>
              <label class="field">
                <span>When</span>
                <select
                  value={step.trigger}
                  disabled={!editable}
                  onChange={(e) => {
                    const trigger = TRIGGERS.find((t) => t === e.currentTarget.value) ?? "breached";
                    change(i, { trigger });
                  }}
                >
                  {TRIGGERS.map((t) => (
                    <option value={t}>{TRIGGER_LABELS[t]}</option>
                  ))}
                </select>
              </label>
              {step.trigger === "still_breached" && (
                <div class="field duration" role="group" aria-label={`${name}: how long past the breach`}>
                  <label class="duration-part">
                    <input
                      inputMode="numeric"
                      size={4}
                      aria-label={`${name} hours`}
                      value={step.after.hours}
                      disabled={!editable}
                      aria-invalid={marks[`${at}.afterMinutes`] !== undefined}
                      onInput={(e) => {
                        change(i, { after: { ...step.after, hours: e.currentTarget.value } });
                      }}
                    />{" "}
                    h
                  </label>{" "}
                  <label class="duration-part">
                    <input
                      inputMode="numeric"
                      size={2}
                      aria-label={`${name} minutes`}
                      value={step.after.minutes}
                      disabled={!editable}
                      aria-invalid={marks[`${at}.afterMinutes`] !== undefined}
                      onInput={(e) => {
                        change(i, { after: { ...step.after, minutes: e.currentTarget.value } });
                      }}
                    />{" "}
                    min
                  </label>{" "}
                  <span class="muted">of business time</span>
                  <Mark marks={marks} path={`${at}.afterMinutes`} />
                </div>
              )}
              <label class="field">
                <span>For conversations</span>
                <select
                  value={step.when}
                  disabled={!editable}
                  onChange={(e) => {
                    const when = WHENS.find((w) => w === e.currentTarget.value) ?? "any";
                    change(i, { when });
                  }}
                >
                  {WHENS.map((w) => (
                    <option value={w}>{WHEN_LABELS[w]}</option>
                  ))}
                </select>
              </label>
              <Choices
                legend="Notify"
                options={RECIPIENTS}
                labels={RECIPIENT_LABELS}
                chosen={step.notify}
                disabled={!editable}
                onChange={(notify) => {
                  change(i, { notify });
                }}
              >
                <label class="field">
                  <span>and these members (emails)</span>
                  <input
                    value={step.members}
                    disabled={!editable}
                    aria-label={`${name} members`}
                    aria-invalid={marks[`${at}.members`] !== undefined}
                    onInput={(e) => {
                      change(i, { members: e.currentTarget.value });
                    }}
                  />
                  <Mark marks={marks} path={`${at}.members`} />
                </label>
                <Mark marks={marks} path={`${at}.notify`} />
              </Choices>
              <Choices
                legend="Through"
                options={CHANNEL_KINDS}
                labels={CHANNEL_LABELS}
                chosen={step.channels}
                disabled={!editable}
                onChange={(channels) => {
                  change(i, { channels });
                }}
              >
                <Mark marks={marks} path={`${at}.channels`} />
              </Choices>
              <label class="check">
                <input
                  type="checkbox"
                  checked={step.urgent}
                  disabled={!editable}
                  onChange={(e) => {
                    change(i, { urgent: e.currentTarget.checked });
                  }}
                />{" "}
                Urgent: outside someone's hours, page whoever is on call instead
              </label>
              {editable && (
                <div class="toolbar">
                  <button
                    type="button"
                    id={`up-step-${i}`}
                    disabled={i === 0}
                    aria-label={`Move ${name} up`}
                    onClick={() => {
                      move(i, -1);
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={`down-step-${i}`}
                    disabled={i === form.steps.length - 1}
                    aria-label={`Move ${name} down`}
                    onClick={() => {
                      move(i, 1);
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    id={`remove-step-${i}`}
                    aria-label={`Remove ${name}`}
                    onClick={() => {
                      remove(i);
                    }}
                  >
                    Remove
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {editable && (
        <button
          type="button"
          id="add-step"
          onClick={() => {
            const index = form.steps.length;
            setForm((f) => ({ ...f, steps: [...f.steps, newStep(f.steps)] }));
            focusSoon(`step-name-${index}`);
          }}
        >
          Add step
        </button>
      )}
    </div>
  );
}
