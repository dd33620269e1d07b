import { newWebhook, type ChannelsForm, type ChatChannelForm } from "./channels-form";
import { focusSoon } from "./EscalationSteps";

function Mark({ marks, path }: { marks: Record<string, string>; path: string }) {
  const message = marks[path];
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={`err-${path}`}>
      {message}
    </span>
  );
}

/** Slack, Teams and signed webhooks; URLs and secrets are write-only, so the inputs start empty. */
export function ChannelsFields({
  form,
  setForm,
  marks,
  editable,
}: {
  form: ChannelsForm;
  setForm: (change: (f: ChannelsForm) => ChannelsForm) => void;
  marks: Record<string, string>;
  editable: boolean;
}) {
  const chat = (key: "slack" | "teams", label: string) => {
    const channel = form[key];
    const set = (patch: Partial<ChatChannelForm>) => {
      setForm((f) => ({ ...f, [key]: { ...f[key], ...patch } }));
    };
    return (
      <div class="field">
        <label class="field">
          <span>
            {label} webhook URL{" "}
            <span class="muted">
              {channel.host === null ? "(not set)" : `(set, to ${channel.host}; leave empty to keep it)`}
            </span>
          </span>
          <input
            type="url"
            value={channel.url}
            disabled={!editable || channel.remove}
            placeholder={
              key === "slack" ? "https://hooks.slack.com/services/…" : "https://….webhook.office.com/…"
            }
            aria-invalid={marks[`${key}.url`] !== undefined}
            onInput={(e) => {
              set({ url: e.currentTarget.value });
            }}
          />
          <Mark marks={marks} path={`${key}.url`} />
        </label>
        {channel.host !== null && (
          <label class="check">
            <input
              type="checkbox"
              checked={channel.remove}
              disabled={!editable}
              onChange={(e) => {
                set({ remove: e.currentTarget.checked });
              }}
            />{" "}
            Stop sending to {label}
          </label>
        )}
      </div>
    );
  };
  return (
    <>
      {chat("slack", "Slack")}
      {chat("teams", "Teams")}
      <fieldset>
        <legend>Signed webhooks</legend>
        {form.webhooks.length === 0 && <p class="muted">None.</p>}
        {form.webhooks.map((hook, i) => {
          const at = `webhooks.${i}`;
          const set = (patch: Partial<typeof hook>) => {
            setForm((f) => ({
              ...f,
              webhooks: f.webhooks.map((w, j) => (j === i ? { ...w, ...patch } : w)),
            }));
          };
          return (
            <div class="webhook" role="group" aria-label={`Webhook ${hook.id === "" ? i + 1 : hook.id}`}>
              <label class="field">
                <span>Id (letters, digits, dashes)</span>
                <input
                  id={`webhook-id-${i}`}
                  value={hook.id}
                  disabled={!editable || hook.host !== null}
                  aria-invalid={marks[`${at}.id`] !== undefined}
                  onInput={(e) => {
                    set({ id: e.currentTarget.value });
                  }}
                />
                <Mark marks={marks} path={`${at}.id`} />
              </label>
              <label class="field">
                <span>
                  URL{" "}
                  {hook.host !== null && <span class="muted">(to {hook.host}; leave empty to keep it)</span>}
                </span>
                <input
                  type="url"
                  value={hook.url}
                  disabled={!editable}
                  aria-invalid={marks[`${at}.url`] !== undefined}
                  onInput={(e) => {
                    set({ url: e.currentTarget.value });
                  }}
                />
                <Mark marks={marks} path={`${at}.url`} />
              </label>
              <label class="field">
                <span>
                  Signing secret {hook.hasSecret && <span class="muted">(set; leave empty to keep it)</span>}
                </span>
                <input
                  type="password"
                  autocomplete="new-password"
                  value={hook.secret}
                  disabled={!editable}
                  aria-invalid={marks[`${at}.secret`] !== undefined}
                  onInput={(e) => {
                    set({ secret: e.currentTarget.value });
                  }}
                />
                <Mark marks={marks} path={`${at}.secret`} />
              </label>
              {editable && (
                <button
                  type="button"
                  id={`remove-webhook-${i}`}
                  onClick={() => {
                    const remaining = form.webhooks.length - 1;
                    setForm((f) => ({ ...f, webhooks: f.webhooks.filter((_, j) => j !== i) }));
                    focusSoon(
                      remaining === 0 ? "add-webhook" : `remove-webhook-${Math.min(i, remaining - 1)}`,
                    );
                  }}
                >
                  Remove webhook
                </button>
              )}
            </div>
          );
        })}
        {editable && (
          <button
            type="button"
            id="add-webhook"
            onClick={() => {
              const index = form.webhooks.length;
              setForm((f) => ({ ...f, webhooks: [...f.webhooks, newWebhook()] }));
              focusSoon(`webhook-id-${index}`);
            }}
          >
            Add webhook
          </button>
        )}
      </fieldset>
    </>
  );
}
