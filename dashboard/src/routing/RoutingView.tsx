import { PRIORITIES, type RoutingPreviewResponse } from "@baton/shared";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { notSavedSentence, placeErrors, problemCount } from "../settings/field-errors";
import { AvailabilityEditor } from "./AvailabilityEditor";
import { FieldError, invalidProps } from "./FieldError";
import { PreviewTable } from "./PreviewTable";
import { RuleEditor } from "./RuleEditor";
import {
  fieldPaths,
  moved,
  newRule,
  readRoutingForm,
  ruleIndexOf,
  STRATEGIES,
  STRATEGY_SENTENCES,
  toRoutingForm,
  type RoutingForm,
  type RuleForm,
} from "./routing-form";

const STRATEGY_LABELS = {
  manual: "Manual",
  round_robin: "Round-robin",
  load_balanced: "Load-balanced",
  skills: "Skills",
} as const;

/**
 * A mailbox's routing: strategy, agents, capacity, rebalance, any hour, and the ordered rules with
 * their editor. Save replaces the whole routing (PUT /mailboxes/{id}/routing): the server refuses it
 * as a whole, so nothing is half-saved, and its sentence lands beside the field `details.path` names.
 * "Test against the last 50 conversations" sends the unsaved draft to the preview.
 */
export function RoutingView({ api, me, session }: { api: ApiClient; me: Me; session: Session }) {
  const editable = me.allowed.includes("manage_mailboxes");
  const [id, setId] = useState(me.mailboxes[0]?.id ?? "");
  const [form, setForm] = useState<RoutingForm | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [preview, setPreview] = useState<RoutingPreviewResponse | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setForm(null);
    setErrors({});
    setStatus(null);
    setPreview(null);
    setOpen(null);
    if (id === "") return;
    // A read that returns after the admin picked another mailbox is dropped.
    let current = true;
    api.call("getMailboxRouting", { params: { id } }).then(
      (r) => {
        if (current) setForm(toRoutingForm(r.routing));
      },
      (e: unknown) => {
        if (current) setFailure(e);
      },
    );
    return () => {
      current = false;
    };
  }, [api, id]);

  if (me.mailboxes.length === 0)
    return <p class="muted">No mailboxes yet: create one under Settings, then route it here.</p>;

  const placed = placeErrors(errors, form === null ? [] : fieldPaths(form));
  const marks = placed.marks;
  const update = (change: Partial<RoutingForm>) => {
    setForm((f) => (f === null ? f : { ...f, ...change }));
    setStatus(null);
  };
  const setRules = (rules: RuleForm[]) => {
    update({ rules });
    // Paths name rules by position: marks of the old order would point at the wrong rule.
    setErrors({});
  };
  const refuse = (found: Record<string, string>) => {
    setErrors(found);
    const first = Object.keys(found)
      .map(ruleIndexOf)
      .find((i): i is number => i !== null);
    if (first !== undefined) setOpen(first);
  };
  const draft = () => {
    if (form === null) return null;
    const result = readRoutingForm(form);
    if (!result.ok) {
      refuse(result.errors);
      return null;
    }
    setErrors({});
    return result.request;
  };
  const failed = (e: unknown) => {
    // The sentence beside the field need not repeat the path the server prefixes it with.
    if (e instanceof ApiError && e.field !== null)
      refuse({ [e.field]: e.message.replace(`${e.field}: `, "") });
    else setFailure(e);
  };

  const save = (event: Event) => {
    event.preventDefault();
    setFailure(null);
    setStatus(null);
    const body = draft();
    if (body === null) return;
    setBusy(true);
    api
      .call("putMailboxRouting", { params: { id }, body })
      .then((r) => {
        setForm(toRoutingForm(r.routing));
        setStatus("Saved. New conversations are routed by these rules from now on.");
      }, failed)
      .finally(() => {
        setBusy(false);
      });
  };

  const runPreview = () => {
    setFailure(null);
    setPreview(null);
    const body = draft();
    if (body === null) return;
    setBusy(true);
    api
      .call("previewMailboxRouting", { params: { id }, body })
      .then(setPreview, failed)
      .finally(() => {
        setBusy(false);
      });
  };

  const number = (label: string, path: string, value: string, onInput: (v: string) => void) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        value={value}
        placeholder="no cap"
        disabled={!editable}
        {...invalidProps(marks, path)}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
      />
      <FieldError marks={marks} path={path} />
    </label>
  );

  return (
    <section aria-labelledby="routing-title" class="settings routing">
      <h2 id="routing-title">Routing</h2>
      {!editable && <p class="notice">Only admins can change routing ({me.role}).</p>}
      <label class="field">
        <span>Mailbox</span>
        <select
          aria-label="Mailbox"
          value={id}
          onChange={(e) => {
            setId(e.currentTarget.value);
          }}
        >
          {me.mailboxes.map((m) => (
            <option value={m.id}>
              {m.name} ({m.address})
            </option>
          ))}
        </select>
      </label>
      {failure !== null && <ErrorLine error={failure} />}
      {form === null && failure === null && <p class="muted">Loading the routing…</p>}
      {form !== null && (
        <form onSubmit={save} noValidate>
          <fieldset>
            <legend>Strategy</legend>
            {STRATEGIES.map((s) => (
              <label class="check strategy">
                <input
                  type="radio"
                  name="strategy"
                  value={s}
                  checked={form.strategy === s}
                  disabled={!editable}
                  onChange={() => {
                    update({ strategy: s });
                  }}
                />{" "}
                {STRATEGY_LABELS[s]}{" "}
                <span class="muted">{STRATEGY_SENTENCES[s].replace(/^[^:]+: /, "")}</span>
              </label>
            ))}
            <FieldError marks={marks} path="strategy" />
          </fieldset>
          <fieldset>
            <legend>Who and how much</legend>
            <label class="field">
              <span>Agents (emails, empty = everyone)</span>
              <input
                value={form.agents}
                disabled={!editable}
                {...invalidProps(marks, "agents")}
                onInput={(e) => {
                  update({ agents: e.currentTarget.value });
                }}
              />
              <FieldError marks={marks} path="agents" />
            </label>
            <label class="field">
              <span>On call (email)</span>
              <input
                value={form.onCall}
                disabled={!editable}
                {...invalidProps(marks, "onCall")}
                onInput={(e) => {
                  update({ onCall: e.currentTarget.value });
                }}
              />
              <FieldError marks={marks} path="onCall" />
            </label>
            {number("Max open per agent", "capacity.maxOpen", form.maxOpen, (v) => {
              update({ maxOpen: v });
            })}
            {PRIORITIES.map((p) =>
              number(`Max open ${p}`, `capacity.perPriority.${p}`, form.perPriority[p], (v) => {
                update({ perPriority: { ...form.perPriority, [p]: v } });
              }),
            )}
            <p class="muted">
              A member's own cap (below) replaces "Max open per agent"; an empty field is no cap.
            </p>
            <label class="field">
              <span>When a member goes away or leaves</span>
              <select
                value={form.rebalanceTo}
                disabled={!editable}
                onChange={(e) => {
                  update({ rebalanceTo: e.currentTarget.value === "lead" ? "lead" : "strategy" });
                }}
              >
                <option value="strategy">offer their open conversations to the strategy</option>
                <option value="lead">give them to the lead</option>
              </select>
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={form.anyHour}
                disabled={!editable}
                onChange={(e) => {
                  update({ anyHour: e.currentTarget.checked });
                }}
              />{" "}
              Assign at any hour (ignore working hours and the rota; never someone away)
            </label>
          </fieldset>
          <RuleList
            rules={form.rules}
            open={open}
            setOpen={setOpen}
            marks={marks}
            mailboxes={me.mailboxes}
            editable={editable}
            onChange={(rules, reordered) => {
              if (reordered) setRules(rules);
              else update({ rules });
            }}
          />
          {placed.unplaced.map((m) => (
            <p class="field-error" role="alert">
              {m}
            </p>
          ))}
          {problemCount(placed) > 0 && <p role="alert">{notSavedSentence(problemCount(placed))}</p>}
          <div class="toolbar">
            {editable && (
              <button type="submit" disabled={busy}>
                Save routing
              </button>
            )}
            {editable && (
              <button type="button" disabled={busy} onClick={runPreview}>
                Test against the last 50 conversations
              </button>
            )}
          </div>
          {status !== null && <p role="status">{status}</p>}
        </form>
      )}
      {preview !== null && form !== null && <PreviewTable preview={preview} rules={form.rules} />}
      {me.allowed.includes("manage_members") && <AvailabilityEditor api={api} me={me} session={session} />}
    </section>
  );
}

function RuleList({
  rules,
  open,
  setOpen,
  marks,
  mailboxes,
  editable,
  onChange,
}: {
  rules: RuleForm[];
  open: number | null;
  setOpen: (i: number | null) => void;
  marks: Readonly<Record<string, string>>;
  mailboxes: ReadonlyArray<{ id: string; name: string }>;
  editable: boolean;
  onChange: (rules: RuleForm[], reordered: boolean) => void;
}) {
  const move = (i: number, step: -1 | 1) => {
    onChange(moved(rules, i, step), true);
    setOpen(open === i ? i + step : open);
  };
  return (
    <fieldset>
      <legend>Rules, in order (each new conversation meets them top to bottom)</legend>
      <FieldError marks={marks} path="rules" />
      {rules.length === 0 && <p class="muted">No rules: conversations go straight to the strategy.</p>}
      <ol class="rules">
        {rules.map((rule, i) => {
          const hasError = Object.keys(marks).some((k) => ruleIndexOf(k) === i);
          return (
            <li>
              <div class="toolbar">
                <strong>{rule.name}</strong>
                {!rule.enabled && <span class="muted">(disabled)</span>}
                {hasError && <span class="field-error">needs a fix</span>}
                <button
                  type="button"
                  aria-expanded={open === i}
                  onClick={() => {
                    setOpen(open === i ? null : i);
                  }}
                >
                  {open === i ? `Close rule '${rule.name}'` : `Edit rule '${rule.name}'`}
                </button>
                {editable && (
                  <>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={rule.enabled}
                        onChange={(e) => {
                          onChange(
                            rules.map((r, k) => (k === i ? { ...r, enabled: e.currentTarget.checked } : r)),
                            false,
                          );
                        }}
                      />{" "}
                      Enabled
                    </label>
                    <button
                      type="button"
                      aria-label={`Move rule '${rule.name}' up`}
                      disabled={i === 0}
                      onClick={() => {
                        move(i, -1);
                      }}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move rule '${rule.name}' down`}
                      disabled={i === rules.length - 1}
                      onClick={() => {
                        move(i, 1);
                      }}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="link"
                      onClick={() => {
                        onChange(
                          rules.filter((_, k) => k !== i),
                          true,
                        );
                        setOpen(null);
                      }}
                    >
                      Delete rule '{rule.name}'
                    </button>
                  </>
                )}
              </div>
              {open === i && (
                <RuleEditor
                  rule={rule}
                  index={i}
                  marks={marks}
                  mailboxes={mailboxes}
                  editable={editable}
                  taken={new Set(rules.filter((_, k) => k !== i).map((r) => r.id))}
                  onChange={(next) => {
                    onChange(
                      rules.map((r, k) => (k === i ? next : r)),
                      false,
                    );
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
      {editable && (
        <button
          type="button"
          onClick={() => {
            onChange([...rules, newRule(new Set(rules.map((r) => r.id)))], false);
            setOpen(rules.length);
          }}
        >
          Add rule
        </button>
      )}
    </fieldset>
  );
}
