import { useState } from "preact/hooks";
import type { RouteBody } from "@baton/shared/api";
import type { Member } from "../../api/client";
import { splitMentions } from "@baton/shared/view";
import type { ClockView, NoteView, SidebarView } from "../view";
import { ClockRow } from "./ClockRow";
import { NoteComposer } from "./NoteComposer";
import { Notice, type NoticeValue } from "./Notice";

export type PaneCommand =
  | { type: "claim" }
  | { type: "release" }
  | { type: "assign"; assignee: string }
  | { type: "status"; status: RouteBody<"setStatus">["status"]; snoozedUntil?: string }
  | { type: "priority"; priority: RouteBody<"setPriority">["priority"] }
  | { type: "tags"; add: string[]; remove: string[] }
  | { type: "addNote"; body: string }
  | { type: "editNote"; id: string; body: string }
  | { type: "deleteNote"; id: string };

export interface PaneProps {
  view: SidebarView;
  members: Member[];
  nowMs: number;
  tickText: (clock: ClockView, nowMs: number) => string;
  busy: boolean;
  notice: NoticeValue | null;
  onDismissNotice?: () => void;
  onCommand: (command: PaneCommand) => void;
}

/** The task pane body: renders only what the view model says. */
export function Pane(props: PaneProps) {
  const { view, members, busy, onCommand } = props;
  return (
    <main class="pane" aria-busy={busy}>
      <section class="section" aria-label="Owner">
        <p class="owner" aria-live="polite" data-testid="owner" data-key={view.key}>
          {view.ownerLine}
        </p>
        {view.presenceLine !== null && (
          <p class="presence" aria-live="polite" data-testid="presence">
            {view.presenceLine}
          </p>
        )}
        <div class="row">
          {view.buttons.claim && (
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => {
                onCommand({ type: "claim" });
              }}
            >
              Claim
            </button>
          )}
          {view.buttons.release && (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                onCommand({ type: "release" });
              }}
            >
              Release
            </button>
          )}
        </div>
        {view.buttons.assign && view.buttons.assignees.length > 0 && (
          <AssignPicker assignees={view.buttons.assignees} disabled={busy} onCommand={onCommand} />
        )}
      </section>
      {props.notice !== null && <Notice notice={props.notice} onDismiss={props.onDismissNotice} />}
      {view.clocks.length > 0 && (
        <section class="section" aria-label="Service level clocks">
          <ul class="clocks">
            {view.clocks.map((clock) => (
              <ClockRow key={clock.kind} clock={clock} nowMs={props.nowMs} tickText={props.tickText} />
            ))}
          </ul>
        </section>
      )}
      <section class="section" aria-label="Status, priority and tags">
        <div class="row">
          <StatusPicker view={view} disabled={busy} onCommand={onCommand} />
          {view.buttons.priority.length > 0 ? (
            <label>
              Priority
              <select
                disabled={busy}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  // The option, not the DOM's string, carries the route's type.
                  const option = view.buttons.priority.find((candidate) => candidate.value === value);
                  if (option !== undefined) onCommand({ type: "priority", priority: option.value });
                }}
              >
                {view.buttons.priority.map((option) => (
                  <option key={option.value} value={option.value} selected={option.current}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p class="caption">Priority: {view.priorityLabel}</p>
          )}
        </div>
        <TagEditor tags={view.tags} editable={view.buttons.tag} disabled={busy} onCommand={onCommand} />
      </section>
      <section class="section" aria-label="Notes">
        <h2 class="subtitle">Notes</h2>
        {view.notes.length === 0 ? (
          <p class="caption">No notes yet.</p>
        ) : (
          <ul class="notes" data-testid="notes">
            {view.notes.map((note) => (
              <NoteItem key={note.id} note={note} {...props} />
            ))}
          </ul>
        )}
        {view.buttons.note && (
          <NoteComposer
            members={members}
            submitLabel="Add note"
            disabled={busy}
            onSubmit={(body) => {
              onCommand({ type: "addNote", body });
            }}
          />
        )}
      </section>
    </main>
  );
}

function NoteItem({ note, members, busy, onCommand }: PaneProps & { note: NoteView }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li class="note">
        <NoteComposer
          members={members}
          initial={note.body}
          submitLabel="Save note"
          disabled={busy}
          onSubmit={(body) => {
            setEditing(false);
            onCommand({ type: "editNote", id: note.id, body });
          }}
          onCancel={() => {
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li class="note" data-testid="note">
      <p class="caption">
        {note.authorName} · {note.when}
        {note.editedAt !== null ? " · edited" : ""}
      </p>
      <p class="note-body">
        {splitMentions(note.body).map((part, index) =>
          part.mention ? (
            <span key={index} class="mention">
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )}
      </p>
      {(note.editable || note.deletable) && (
        <div class="row">
          {note.editable && (
            <button
              type="button"
              class="link"
              disabled={busy}
              aria-label={`Edit note from ${note.when}`}
              onClick={() => {
                setEditing(true);
              }}
            >
              Edit
            </button>
          )}
          {note.deletable && (
            <button
              type="button"
              class="link"
              disabled={busy}
              aria-label={`Delete note from ${note.when}`}
              onClick={() => {
                onCommand({ type: "deleteNote", id: note.id });
              }}
            >
              Delete
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function AssignPicker({
  assignees,
  disabled,
  onCommand,
}: {
  assignees: SidebarView["buttons"]["assignees"];
  disabled: boolean;
  onCommand: (command: PaneCommand) => void;
}) {
  const [value, setValue] = useState("");
  const typed = value.trim().toLowerCase();
  const chosen = assignees.find(
    (option) => option.email.toLowerCase() === typed || option.name.toLowerCase() === typed,
  );
  return (
    <form
      class="row"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === undefined) return;
        onCommand({ type: "assign", assignee: chosen.email });
        setValue("");
      }}
    >
      <label>
        Assign to
        <input
          list="baton-assignees"
          value={value}
          placeholder="Search teammates"
          onInput={(event) => {
            setValue(event.currentTarget.value);
          }}
        />
      </label>
      <datalist id="baton-assignees">
        {assignees.map((option) => (
          <option key={option.email} value={option.email}>
            {option.name}
          </option>
        ))}
      </datalist>
      <button type="submit" disabled={disabled || chosen === undefined}>
        Assign
      </button>
    </form>
  );
}

/** Status select; choosing a status that needs a date (snoozed) asks for the snooze end first. */
function StatusPicker({
  view,
  disabled,
  onCommand,
}: {
  view: SidebarView;
  disabled: boolean;
  onCommand: (command: PaneCommand) => void;
}) {
  const [pending, setPending] = useState<RouteBody<"setStatus">["status"] | null>(null);
  const [until, setUntil] = useState("");
  if (view.buttons.status.length === 0) return <p class="caption">Status: {view.statusLabel}</p>;
  return (
    <div class="row">
      <label>
        Status
        <select
          disabled={disabled}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const option = view.buttons.status.find((candidate) => candidate.value === value);
            if (option === undefined) return;
            if (option.needsUntil) {
              setPending(option.value);
              return;
            }
            setPending(null);
            onCommand({ type: "status", status: option.value });
          }}
        >
          {view.buttons.status.map((option) => (
            <option key={option.value} value={option.value} selected={option.current}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {pending !== null && (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (until === "") return;
            onCommand({ type: "status", status: pending, snoozedUntil: new Date(until).toISOString() });
            setPending(null);
          }}
        >
          <label>
            Snooze until
            <input
              type="datetime-local"
              value={until}
              onInput={(event) => {
                setUntil(event.currentTarget.value);
              }}
            />
          </label>
          <button type="submit" disabled={disabled || until === ""}>
            Snooze
          </button>
        </form>
      )}
    </div>
  );
}

function TagEditor({
  tags,
  editable,
  disabled,
  onCommand,
}: {
  tags: string[];
  editable: boolean;
  disabled: boolean;
  onCommand: (command: PaneCommand) => void;
}) {
  const [draft, setDraft] = useState("");
  return (
    <div class="section">
      <div class="row" aria-label="Tags">
        {tags.length === 0 && <span class="caption">No tags</span>}
        {tags.map((tag) => (
          <span key={tag} class="tag">
            {tag}
            {editable && (
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                disabled={disabled}
                onClick={() => {
                  onCommand({ type: "tags", add: [], remove: [tag] });
                }}
              >
                ×
              </button>
            )}
          </span>
        ))}
      </div>
      {editable && (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            const tag = draft.trim().toLowerCase();
            if (tag === "") return;
            onCommand({ type: "tags", add: [tag], remove: [] });
            setDraft("");
          }}
        >
          <label>
            Add tag
            <input
              value={draft}
              onInput={(event) => {
                setDraft(event.currentTarget.value);
              }}
            />
          </label>
          <button type="submit" disabled={disabled || draft.trim() === ""}>
            Add
          </button>
        </form>
      )}
    </div>
  );
}
