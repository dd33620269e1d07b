import { PRIORITIES, type Priority } from "@baton/shared";
import { FieldError, invalidProps } from "./FieldError";
import {
  ACTION_LABELS,
  ACTION_TYPES,
  ASSIGNING_STRATEGIES,
  CONDITION_FIELDS,
  FIELD_LABELS,
  isYesNo,
  newAction,
  newCondition,
  OPERATORS,
  renamed,
  withField,
  type ActionForm,
  type ActionType,
  type AssignKind,
  type ConditionField,
  type RuleForm,
} from "./routing-form";

const STRATEGY_NAMES: Record<string, string> = {
  round_robin: "round-robin",
  load_balanced: "load-balanced",
  skills: "skills",
};

/**
 * One rule: name, when it runs, its conditions (field, operator, value) and actions, and "stop".
 * Every input is labelled by its position ("Condition 1 value"), so the keyboard and a screen reader
 * can tell them apart, and each shows its refusal beside it (`marks`, keyed by request path).
 */
export function RuleEditor({
  rule,
  index,
  marks,
  mailboxes,
  editable,
  onChange,
  taken,
}: {
  rule: RuleForm;
  index: number;
  marks: Readonly<Record<string, string>>;
  mailboxes: ReadonlyArray<{ id: string; name: string }>;
  editable: boolean;
  onChange: (rule: RuleForm) => void;
  /** The other rules' ids: a new rule's id stays unique when it is renamed. */
  taken: ReadonlySet<string>;
}) {
  const base = `rules[${index}]`;
  const set = (change: Partial<RuleForm>) => {
    onChange({ ...rule, ...change });
  };
  const setCondition = (j: number, next: RuleForm["when"][number]) => {
    set({ when: rule.when.map((c, k) => (k === j ? next : c)) });
  };
  const setAction = (j: number, next: ActionForm) => {
    set({ then: rule.then.map((a, k) => (k === j ? next : a)) });
  };

  return (
    <div class="rule-editor">
      <FieldError marks={marks} path={base} />
      <label class="field">
        <span>Rule name</span>
        <input
          value={rule.name}
          disabled={!editable}
          {...invalidProps(marks, `${base}.name`)}
          onInput={(e) => {
            onChange(renamed(rule, e.currentTarget.value, taken));
          }}
        />
        <FieldError marks={marks} path={`${base}.name`} />
      </label>
      <label class="field">
        <span>Runs on</span>
        <select
          value={rule.runOn}
          disabled={!editable}
          onChange={(e) => {
            set({
              runOn:
                e.currentTarget.value === "every_customer_message"
                  ? "every_customer_message"
                  : "new_conversation",
            });
          }}
        >
          <option value="new_conversation">a new conversation</option>
          <option value="every_customer_message">every customer message</option>
        </select>
      </label>
      <fieldset>
        <legend>When (all must hold; none: always)</legend>
        <FieldError marks={marks} path={`${base}.when`} />
        {rule.when.map((c, j) => {
          const p = `${base}.when[${j}]`;
          const n = j + 1;
          const ops = OPERATORS[c.field];
          return (
            <div class="toolbar condition">
              <select
                aria-label={`Condition ${n} field`}
                value={c.field}
                disabled={!editable}
                {...invalidProps(marks, `${p}.field`)}
                onChange={(e) => {
                  setCondition(j, withField(c, e.currentTarget.value as ConditionField));
                }}
              >
                {CONDITION_FIELDS.map((f) => (
                  <option value={f}>{FIELD_LABELS[f]}</option>
                ))}
              </select>
              {ops.length > 0 && (
                <select
                  aria-label={`Condition ${n} operator`}
                  value={c.op}
                  disabled={!editable}
                  {...invalidProps(marks, `${p}.op`)}
                  onChange={(e) => {
                    setCondition(j, { ...c, op: e.currentTarget.value });
                  }}
                >
                  {ops.map(([op, label]) => (
                    <option value={op}>{label}</option>
                  ))}
                </select>
              )}
              {isYesNo(c.field) || c.field === "priority" ? (
                <select
                  aria-label={`Condition ${n} value`}
                  value={c.value}
                  disabled={!editable}
                  {...invalidProps(marks, `${p}.value`)}
                  onChange={(e) => {
                    setCondition(j, { ...c, value: e.currentTarget.value });
                  }}
                >
                  {(c.field === "priority" ? PRIORITIES : ["true", "false"]).map((v) => (
                    <option value={v}>{v === "true" ? "yes" : v === "false" ? "no" : v}</option>
                  ))}
                </select>
              ) : (
                <input
                  aria-label={`Condition ${n} value`}
                  value={c.value}
                  disabled={!editable}
                  type={c.field === "previousConversations" ? "number" : "text"}
                  {...invalidProps(marks, `${p}.value`)}
                  onInput={(e) => {
                    setCondition(j, { ...c, value: e.currentTarget.value });
                  }}
                />
              )}
              {editable && (
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    set({ when: rule.when.filter((_, k) => k !== j) });
                  }}
                >
                  Remove condition {n}
                </button>
              )}
              <FieldError marks={marks} path={p} />
              <FieldError marks={marks} path={`${p}.field`} />
              <FieldError marks={marks} path={`${p}.op`} />
              <FieldError marks={marks} path={`${p}.value`} />
            </div>
          );
        })}
        {editable && (
          <button
            type="button"
            onClick={() => {
              set({ when: [...rule.when, newCondition()] });
            }}
          >
            Add condition
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>Then</legend>
        <FieldError marks={marks} path={`${base}.then`} />
        {rule.then.map((a, j) => (
          <ActionRow
            action={a}
            n={j + 1}
            path={`${base}.then[${j}]`}
            marks={marks}
            mailboxes={mailboxes}
            editable={editable}
            onChange={(next) => {
              setAction(j, next);
            }}
            onRemove={
              rule.then.length > 1
                ? () => {
                    set({ then: rule.then.filter((_, k) => k !== j) });
                  }
                : null
            }
          />
        ))}
        {editable && (
          <button
            type="button"
            onClick={() => {
              set({ then: [...rule.then, newAction()] });
            }}
          >
            Add action
          </button>
        )}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={rule.stop}
          disabled={!editable}
          onChange={(e) => {
            set({ stop: e.currentTarget.checked });
          }}
        />{" "}
        Stop after this rule (later rules do not run when it fires)
      </label>
    </div>
  );
}

function ActionRow({
  action: a,
  n,
  path,
  marks,
  mailboxes,
  editable,
  onChange,
  onRemove,
}: {
  action: ActionForm;
  n: number;
  path: string;
  marks: Readonly<Record<string, string>>;
  mailboxes: ReadonlyArray<{ id: string; name: string }>;
  editable: boolean;
  onChange: (a: ActionForm) => void;
  onRemove: (() => void) | null;
}) {
  const text = (label: string, key: "tags" | "member" | "group", placeholder: string) => (
    <>
      <input
        aria-label={`Action ${n} ${label}`}
        value={a[key]}
        placeholder={placeholder}
        disabled={!editable}
        {...invalidProps(marks, `${path}.${key}`)}
        onInput={(e) => {
          onChange({ ...a, [key]: e.currentTarget.value });
        }}
      />
      <FieldError marks={marks} path={`${path}.${key}`} />
    </>
  );
  return (
    <div class="toolbar action">
      <select
        aria-label={`Action ${n}`}
        value={a.type}
        disabled={!editable}
        onChange={(e) => {
          onChange({ ...newAction(e.currentTarget.value as ActionType) });
        }}
      >
        {ACTION_TYPES.map((t) => (
          <option value={t}>{ACTION_LABELS[t]}</option>
        ))}
      </select>
      {a.type === "set_priority" && (
        <select
          aria-label={`Action ${n} priority`}
          value={a.priority}
          disabled={!editable}
          onChange={(e) => {
            onChange({ ...a, priority: e.currentTarget.value as Priority });
          }}
        >
          {PRIORITIES.map((p) => (
            <option value={p}>{p}</option>
          ))}
        </select>
      )}
      {a.type === "add_tags" && text("tags", "tags", "billing, invoice")}
      {a.type === "move_to_mailbox" && (
        <>
          <select
            aria-label={`Action ${n} mailbox`}
            value={a.mailbox}
            disabled={!editable}
            {...invalidProps(marks, `${path}.mailbox`)}
            onChange={(e) => {
              onChange({ ...a, mailbox: e.currentTarget.value });
            }}
          >
            <option value="">Choose a mailbox</option>
            {mailboxes.map((m) => (
              <option value={m.id}>{m.name}</option>
            ))}
          </select>
          <FieldError marks={marks} path={`${path}.mailbox`} />
        </>
      )}
      {a.type === "mark" && (
        <select
          aria-label={`Action ${n} status`}
          value={a.status}
          disabled={!editable}
          onChange={(e) => {
            onChange({ ...a, status: e.currentTarget.value === "spam" ? "spam" : "closed" });
          }}
        >
          <option value="closed">closed (resolved)</option>
          <option value="spam">spam (resolved, tagged spam)</option>
        </select>
      )}
      {a.type === "assign" && (
        <>
          <select
            aria-label={`Action ${n} assign to`}
            value={a.assign}
            disabled={!editable}
            onChange={(e) => {
              onChange({ ...a, assign: e.currentTarget.value as AssignKind });
            }}
          >
            <option value="strategy">the mailbox's agents, by</option>
            <option value="member">a member</option>
            <option value="group">a group</option>
          </select>
          {a.assign === "member" && text("member", "member", "ana@example.com")}
          {a.assign === "group" && text("group", "group", "ana@…, ben@…")}
          {a.assign !== "member" && (
            <select
              aria-label={`Action ${n} strategy`}
              value={a.strategy}
              disabled={!editable}
              onChange={(e) => {
                onChange({ ...a, strategy: e.currentTarget.value });
              }}
            >
              {a.assign === "group" && <option value="">the mailbox's strategy</option>}
              {ASSIGNING_STRATEGIES.map((s) => (
                <option value={s}>{STRATEGY_NAMES[s]}</option>
              ))}
            </select>
          )}
          <FieldError marks={marks} path={`${path}.strategy`} />
        </>
      )}
      {onRemove !== null && editable && (
        <button type="button" class="link" onClick={onRemove}>
          Remove action {n}
        </button>
      )}
      <FieldError marks={marks} path={path} />
    </div>
  );
}
