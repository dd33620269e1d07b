import { TEMPLATE_LIMITS } from "@baton/shared/limits";
import { TEMPLATE_VARIABLES } from "@baton/shared/templates";
import { useMemo, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import { previewOf, sampleFacts, toCreateRequest, toUpdateRequest, type TemplateForm } from "./template-form";

const L = TEMPLATE_LIMITS;

/**
 * Create or edit one template, with a live preview against a sample conversation and the variables
 * that would be left out named before saving, as agents see them before inserting.
 */
export function TemplateEditor({
  api,
  me,
  mailbox,
  mailboxName,
  initial,
  onDone,
  onCancel,
}: {
  api: ApiClient;
  me: Me;
  mailbox: string;
  mailboxName: string;
  initial: TemplateForm;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const preview = useMemo(
    () => previewOf(form, sampleFacts(me.name, mailboxName, Date.now(), zone)),
    [form, me.name, mailboxName, zone],
  );
  const update = (change: Partial<TemplateForm>) => {
    setForm((f) => ({ ...f, ...change }));
  };

  const save = (event: Event) => {
    event.preventDefault();
    setFailure(null);
    setBusy(true);
    const request =
      form.id === null
        ? api.call("createTemplate", { body: toCreateRequest(form, mailbox) })
        : api.call("updateTemplate", { params: { id: form.id }, body: toUpdateRequest(form) });
    request.then(onDone, setFailure).finally(() => {
      setBusy(false);
    });
  };

  const title = `${form.id === null ? "New" : "Edit"} ${form.scope === "personal" ? "personal" : mailboxName} template`;
  return (
    <form class="template-editor" aria-label={title} onSubmit={save} noValidate>
      <h3>{title}</h3>
      <label class="field">
        <span>Name</span>
        <input
          value={form.name}
          maxLength={L.templateNameLength.value}
          onInput={(e) => {
            update({ name: e.currentTarget.value });
          }}
        />
      </label>
      <label class="field">
        <span>Shortcut</span>
        <input
          value={form.shortcut}
          placeholder="refund-nl"
          maxLength={L.templateShortcutLength.value + 1}
          onInput={(e) => {
            update({ shortcut: e.currentTarget.value });
          }}
        />
      </label>
      <label class="field">
        <span>Language</span>
        <select
          value={form.language}
          onChange={(e) => {
            update({ language: e.currentTarget.value === "nl" ? "nl" : "en" });
          }}
        >
          <option value="en">English</option>
          <option value="nl">Dutch</option>
        </select>
      </label>
      <label class="field">
        <span>Tags (comma-separated)</span>
        <input
          value={form.tags}
          onInput={(e) => {
            update({ tags: e.currentTarget.value });
          }}
        />
      </label>
      <label class="field">
        <span>Text</span>
        <textarea
          rows={8}
          value={form.body}
          maxLength={L.templateBodyLength.value}
          onInput={(e) => {
            update({ body: e.currentTarget.value });
          }}
        />
      </label>
      <p class="muted">
        Insert:{" "}
        {TEMPLATE_VARIABLES.map((v) => (
          <button
            type="button"
            class="link"
            onClick={() => {
              update({ body: `${form.body}{{${v}}}` });
            }}
          >
            {`{{${v}}}`}{" "}
          </button>
        ))}
      </p>
      <h4>Preview (sample conversation: Ana Lima, due in 2 hours)</h4>
      {preview.missing.length > 0 && (
        <p class="warning" role="status">
          These cannot be filled and would be left out: {preview.missing.map((v) => `{{${v}}}`).join(", ")}
        </p>
      )}
      <div class="template-preview" aria-label="Preview" dangerouslySetInnerHTML={{ __html: preview.html }} />
      {failure !== null && <ErrorLine error={failure} />}
      <div class="toolbar">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" class="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
