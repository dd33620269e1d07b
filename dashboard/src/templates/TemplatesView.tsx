import type { Template } from "@baton/shared/api";
import { TEMPLATE_VARIABLES } from "@baton/shared/templates";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import { TemplateEditor } from "./TemplateEditor";
import {
  csatLine,
  emptyForm,
  TEMPLATE_CSAT_DEFINITION,
  toForm,
  usageLine,
  type TemplateForm,
} from "./template-form";

/** One page of the list: the API's most (templatesPerMailbox is larger; search narrows the rest). */
const PAGE = 50;

/**
 * A mailbox's templates and the lead's own: searched and ordered as the compose pane and the Gmail
 * card order them (exact shortcut, then most used), with each one's usage and average CSAT (the
 * survey answers of the conversations it was used on), its definition under the table.
 */
export function TemplatesView({ api, me }: { api: ApiClient; me: Me }) {
  const [mailbox, setMailbox] = useState(me.mailboxes[0]?.id ?? "");
  const [q, setQ] = useState("");
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [truncated, setTruncated] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [editing, setEditing] = useState<TemplateForm | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (mailbox === "") return;
    let current = true;
    setFailure(null);
    api.call("listTemplates", { query: { mailbox, q: q === "" ? undefined : q, limit: PAGE } }).then(
      (r) => {
        if (!current) return;
        setTemplates(r.templates);
        setTruncated(r.truncated);
      },
      (e: unknown) => {
        if (current) setFailure(e);
      },
    );
    return () => {
      current = false;
    };
  }, [api, mailbox, q, version]);

  if (me.mailboxes.length === 0)
    return <p class="muted">No mailboxes yet: create one under Settings, then add its templates here.</p>;
  const mailboxName = me.mailboxes.find((m) => m.id === mailbox)?.name ?? mailbox;

  const remove = (template: Template) => {
    if (!window.confirm(`Delete the template "${template.name}"? Agents can no longer insert it.`)) return;
    api.call("deleteTemplate", { params: { id: template.id } }).then(() => {
      setVersion((v) => v + 1);
    }, setFailure);
  };

  return (
    <section aria-labelledby="templates-title" class="settings templates">
      <h2 id="templates-title">Templates</h2>
      <div class="toolbar">
        <label class="field">
          <span>Mailbox</span>
          <select
            aria-label="Mailbox"
            value={mailbox}
            onChange={(e) => {
              setMailbox(e.currentTarget.value);
              setEditing(null);
            }}
          >
            {me.mailboxes.map((m) => (
              <option value={m.id}>
                {m.name} ({m.address})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Search</span>
          <input
            type="search"
            aria-label="Search templates"
            placeholder="name, text or /shortcut"
            value={q}
            onInput={(e) => {
              setQ(e.currentTarget.value);
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setEditing(emptyForm("mailbox"));
          }}
        >
          New mailbox template
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            setEditing(emptyForm("personal"));
          }}
        >
          New personal template
        </button>
      </div>
      {failure !== null && <ErrorLine error={failure} />}
      {editing !== null && (
        <TemplateEditor
          api={api}
          me={me}
          mailbox={mailbox}
          mailboxName={mailboxName}
          initial={editing}
          onDone={() => {
            setEditing(null);
            setVersion((v) => v + 1);
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      )}
      {templates === null && failure === null && <p class="muted">Loading the templates…</p>}
      {templates !== null && templates.length === 0 && (
        <p class="muted">{q === "" ? "No templates yet." : "No template matches this search."}</p>
      )}
      {templates !== null && templates.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Shortcut</th>
              <th scope="col">Language</th>
              <th scope="col">Tags</th>
              <th scope="col">Whose</th>
              <th scope="col">Usage</th>
              <th scope="col" title={TEMPLATE_CSAT_DEFINITION}>
                Average CSAT
              </th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr>
                <td>
                  {t.name}
                  {t.unknownVariables.length > 0 && (
                    <span class="warning">
                      {" "}
                      (unknown: {t.unknownVariables.map((v) => `{{${v}}}`).join(", ")})
                    </span>
                  )}
                </td>
                <td>/{t.shortcut}</td>
                <td>{t.language === "nl" ? "Dutch" : "English"}</td>
                <td>{t.tags.join(", ")}</td>
                <td>{t.scope === "personal" ? "Yours" : mailboxName}</td>
                <td>{usageLine(t, Date.now())}</td>
                <td>{csatLine(t)}</td>
                <td>
                  {t.canEdit && (
                    <>
                      <button
                        type="button"
                        class="link"
                        onClick={() => {
                          setEditing(toForm(t));
                        }}
                      >
                        Edit
                      </button>{" "}
                      <button
                        type="button"
                        class="link"
                        onClick={() => {
                          remove(t);
                        }}
                      >
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {truncated && <p class="muted">Showing the {PAGE} most used; search to find the others.</p>}
      {templates !== null && templates.length > 0 && <p class="muted">{TEMPLATE_CSAT_DEFINITION}</p>}
      <p class="muted">
        Variables: {TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(", ")}. Usage counts each insert into a
        reply.
      </p>
    </section>
  );
}
