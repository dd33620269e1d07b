import { useRef, useState } from "preact/hooks";
import type { RouteBody } from "@baton/shared/api";
import type { Member } from "../../api/client";
import { localInputValue, splitMentions, zoneLabel } from "@baton/shared/view";
import { readSnoozeInput } from "../live-notices";
import { SlaAnnouncer } from "./SlaAnnouncer";
import type { ClockView, NoteView, SidebarView } from "../view";
import { ClockRow } from "./ClockRow";
import { FieldError } from "./FieldError";
import {
  FOLLOW_UP_WORDS,
  FollowUpControl,
  NEXT_BUSINESS_MORNING,
  type FollowUpCommand,
} from "./FollowUpControl";
import { NoteComposer } from "./NoteComposer";
import { useSettledSelect, type SettledSelect } from "./settled-select";
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
  | { type: "deleteNote"; id: string }
  | FollowUpCommand;

export interface PaneProps {
  view: SidebarView;
  members: Member[];
  nowMs: number;
  tickText: (clock: ClockView, nowMs: number) => string;
  busy: boolean;
  notice: NoticeValue | null;
  onDismissNotice?: () => void;
  /** Resolves true once the server accepted the command (composers keep their text otherwise). */
  onCommand: (command: PaneCommand) => Promise<boolean> | undefined;
}

/** Fields an error can stand next to; any other error shows in the pane's notice area. */
const FIELD_ERRORS = new Set(["body", "add", "remove", "snoozedUntil", "until", "dueAt"]);

/** The error notice for one field, or null. */
function errorFor(notice: NoticeValue | null, ...fields: string[]): NoticeValue | null {
  return notice !== null && notice.kind === "error" && fields.includes(notice.field ?? "") ? notice : null;
}

const accepted = async (result: Promise<boolean> | undefined) => (await result) === true;

/** The task pane body: renders only what the view model says. */
export function Pane(props: PaneProps) {
  const { view, members, busy, onCommand, notice } = props;
  const paneNotice = notice !== null && !FIELD_ERRORS.has(notice.field ?? "") ? notice : null;
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
        {(view.csatLine ?? null) !== null && (
          <p class="csat" data-testid="csat">
            {view.csatLine}
          </p>
        )}
        {view.reasons !== undefined && view.reasons.length > 0 && (
          <ul class="reasons" aria-label="Why" data-testid="reasons">
            {view.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        <div class="row">
          {view.buttons.claim && (
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => {
                void onCommand({ type: "claim" });
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
                void onCommand({ type: "release" });
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
      {paneNotice !== null && (
        <Notice notice={paneNotice} nowMs={props.nowMs} onDismiss={props.onDismissNotice} />
      )}
      <SlaAnnouncer clocks={view.clocks} threadKey={view.key} />
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
          <StatusPicker
            view={view}
            disabled={busy}
            nowMs={props.nowMs}
            error={errorFor(notice, "snoozedUntil", "until")}
            onCommand={onCommand}
          />
          <PriorityPicker view={view} disabled={busy} onCommand={onCommand} />
        </div>
        <FollowUpControl
          view={view}
          disabled={busy}
          nowMs={props.nowMs}
          error={errorFor(notice, "dueAt")}
          onCommand={onCommand}
        />
        <TagEditor
          tags={view.tags}
          editable={view.buttons.tag}
          disabled={busy}
          error={errorFor(notice, "add", "remove")}
          onCommand={onCommand}
        />
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
            error={errorFor(notice, "body")}
            onSubmit={(body) => accepted(onCommand({ type: "addNote", body }))}
          />
        )}
      </section>
    </main>
  );
}

function NoteItem({ note, members, busy, onCommand, notice }: PaneProps & { note: NoteView }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Closing the editor puts focus back where it was opened from, not on the page's top.
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (editing) {
    return (
      <li class="note">
        <NoteComposer
          members={members}
          initial={note.body}
          submitLabel="Save note"
          disabled={busy}
          error={errorFor(notice, "body")}
          onSubmit={async (body) => {
            // A refused edit keeps the editor open with the text as typed.
            const ok = await accepted(onCommand({ type: "editNote", id: note.id, body }));
            if (ok) close();
            return ok;
          }}
          onCancel={close}
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
              ref={editButton}
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
                void onCommand({ type: "deleteNote", id: note.id });
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
  onCommand: PaneProps["onCommand"];
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
        void onCommand({ type: "assign", assignee: chosen.email });
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

/** A labelled select controlled by a settled menu: the server's value, or the one being browsed to. */
function MenuSelect({
  label,
  disabled,
  menu,
  options,
}: {
  label: string;
  disabled: boolean;
  menu: SettledSelect;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label>
      {label}
      <select
        disabled={disabled}
        value={menu.value}
        onKeyDown={menu.onKeyDown}
        onChange={menu.onChange}
        onBlur={menu.onBlur}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Priority select, committed like Status: a pointer pick at once, keyboard browsing on Enter or blur. */
function PriorityPicker({
  view,
  disabled,
  onCommand,
}: {
  view: SidebarView;
  disabled: boolean;
  onCommand: PaneProps["onCommand"];
}) {
  const menu = useSettledSelect(view.priority, (value) => {
    // The option, not the DOM's string, carries the route's type.
    const option = view.buttons.priority.find((candidate) => candidate.value === value);
    if (option !== undefined) void onCommand({ type: "priority", priority: option.value });
  });
  if (view.buttons.priority.length === 0) return <p class="caption">Priority: {view.priorityLabel}</p>;
  return <MenuSelect label="Priority" disabled={disabled} menu={menu} options={view.buttons.priority} />;
}

/**
 * Status select; choosing a status that needs a date (snoozed) asks for the snooze end first. The
 * field is read on the clock it names (the mailbox's), so typed 09:00 shows back as "until 09:00";
 * a time already past is refused here with a sentence, and the menu keeps the server's status.
 */
function StatusPicker({
  view,
  disabled,
  nowMs,
  error,
  onCommand,
}: {
  view: SidebarView;
  disabled: boolean;
  nowMs: number;
  error: NoticeValue | null;
  onCommand: PaneProps["onCommand"];
}) {
  const [pending, setPending] = useState<RouteBody<"setStatus">["status"] | null>(null);
  const [until, setUntil] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const menu = useSettledSelect(pending ?? view.status, (value) => {
    const option = view.buttons.status.find((candidate) => candidate.value === value);
    if (option === undefined) return;
    if (option.needsUntil) {
      setPending(option.value);
      setRefusal(null);
      if (until === "") setUntil(localInputValue(nowMs + 60 * 60 * 1000, view.timeZone));
      return;
    }
    setPending(null);
    setRefusal(null);
    void onCommand({ type: "status", status: option.value });
  });
  if (view.buttons.status.length === 0) return <p class="caption">Status: {view.statusLabel}</p>;
  const zone = view.timeZone;
  const message = refusal ?? error?.text ?? null;
  const cancel = () => {
    setPending(null);
    setRefusal(null);
  };
  return (
    <div class="row">
      {/* Shows the server's status, the one being chosen while its date is asked, or the one a
          keyboard user is browsing to (sent on Enter or when focus leaves). */}
      <MenuSelect label="Status" disabled={disabled} menu={menu} options={view.buttons.status} />
      {pending !== null && (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            const reading = readSnoozeInput(until, zone, Date.now());
            if (!reading.ok) {
              setRefusal(reading.sentence);
              return;
            }
            setRefusal(null);
            void accepted(
              onCommand({
                type: "status",
                status: pending,
                snoozedUntil: new Date(reading.until).toISOString(),
              }),
            ).then((ok) => {
              if (ok) setPending(null);
            });
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") cancel();
          }}
        >
          <label>
            {`Snooze until (${zoneLabel(zone)} time)`}
            <input
              type="datetime-local"
              value={until}
              aria-invalid={message !== null}
              aria-describedby={message !== null ? "snooze-error" : undefined}
              onInput={(event) => {
                setUntil(event.currentTarget.value);
                setRefusal(null);
              }}
            />
          </label>
          <button type="submit" disabled={disabled || until === ""}>
            Snooze
          </button>
          {/* The server resolves the morning on the mailbox's business calendar (issue 17). */}
          <button
            type="button"
            disabled={disabled}
            aria-label={FOLLOW_UP_WORDS.snoozeMorning}
            onClick={() => {
              setRefusal(null);
              void accepted(onCommand({ type: "snooze", until: NEXT_BUSINESS_MORNING })).then((ok) => {
                if (ok) setPending(null);
              });
            }}
          >
            {FOLLOW_UP_WORDS.nextMorning}
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          {message !== null && (
            <p id="snooze-error" class="field-error" role="alert" data-testid="snooze-error">
              {message}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

function TagEditor({
  tags,
  editable,
  disabled,
  error,
  onCommand,
}: {
  tags: string[];
  editable: boolean;
  disabled: boolean;
  error: NoticeValue | null;
  onCommand: PaneProps["onCommand"];
}) {
  const [draft, setDraft] = useState("");
  const input = useRef<HTMLInputElement>(null);
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
                  void onCommand({ type: "tags", add: [], remove: [tag] });
                  // The button goes with its tag: keep focus in the editor, not on the page's top.
                  input.current?.focus();
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
            // The text stays until the server accepts the tag: a refused one can be corrected.
            void accepted(onCommand({ type: "tags", add: [tag], remove: [] })).then((ok) => {
              if (ok) setDraft("");
            });
          }}
        >
          <label>
            Add tag
            <input
              ref={input}
              value={draft}
              aria-invalid={error !== null}
              aria-describedby={error !== null ? "tag-error" : undefined}
              onInput={(event) => {
                setDraft(event.currentTarget.value);
              }}
            />
          </label>
          <button type="submit" disabled={disabled || draft.trim() === ""}>
            Add
          </button>
          {error !== null && <FieldError id="tag-error" notice={error} />}
        </form>
      )}
    </div>
  );
}
