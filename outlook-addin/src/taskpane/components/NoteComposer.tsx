import { useState } from "preact/hooks";
import type { Member } from "../../api/client";
import { mentionQuery } from "@baton/shared/view";
import { completeMention, matchMembers } from "../mentions";
import type { NoticeValue } from "./Notice";
import { FieldError } from "./FieldError";

export interface NoteComposerProps {
  members: Member[];
  initial?: string;
  submitLabel: string;
  disabled: boolean;
  /** The refused note's error, shown under the text (which is kept as typed). */
  error?: NoticeValue | null;
  /** Resolves true once the note is saved: only then is the text cleared. */
  onSubmit: (body: string) => Promise<boolean> | boolean;
  onCancel?: () => void;
}

/** A note textarea with @mention autocomplete (a listbox; arrows to move, Enter or Tab to pick). */
export function NoteComposer({
  members,
  initial = "",
  submitLabel,
  disabled,
  error = null,
  onSubmit,
  onCancel,
}: NoteComposerProps) {
  const [text, setText] = useState(initial);
  const [caret, setCaret] = useState(initial.length);
  const [active, setActive] = useState(0);
  const query = mentionQuery(text, caret);
  const suggestions = query === null ? [] : matchMembers(members, query);
  const listId = `mentions-${submitLabel.replace(/\W/g, "")}`;

  const pick = (email: string, textarea: HTMLTextAreaElement) => {
    const next = completeMention(text, caret, email);
    setText(next.text);
    setCaret(next.caret);
    setActive(0);
    requestAnimationFrame(() => {
      textarea.focus();
      // Keys typed between the pick and this frame already moved on: putting the caret back would
      // send the rest of the typing in before them.
      if (textarea.value === next.text) textarea.setSelectionRange(next.caret, next.caret);
    });
  };

  const errorId = `${listId}-error`;

  const submit = async () => {
    const body = text.trim();
    if (body === "") return;
    // Never lose typed text: a refused note (too long, offline) stays in the box to be fixed.
    if (!(await onSubmit(body))) return;
    setText((now) => (now.trim() === body ? "" : now));
    setCaret(0);
  };

  return (
    <form
      class="section"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        {submitLabel === "Add note" ? "Internal note (only your team sees it)" : "Edit note"}
        <textarea
          value={text}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={suggestions.length > 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          placeholder="Type @ to mention a teammate"
          onInput={(event) => {
            const target = event.currentTarget;
            setText(target.value);
            setCaret(target.selectionStart);
            setActive(0);
          }}
          onKeyUp={(event) => {
            setCaret(event.currentTarget.selectionStart);
          }}
          onKeyDown={(event) => {
            if (suggestions.length > 0) {
              if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                const step = event.key === "ArrowDown" ? 1 : suggestions.length - 1;
                setActive((active + step) % suggestions.length);
                return;
              }
              const chosen = suggestions[active];
              if ((event.key === "Enter" || event.key === "Tab") && chosen !== undefined) {
                event.preventDefault();
                pick(chosen.email, event.currentTarget);
                return;
              }
            }
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
      </label>
      {suggestions.length > 0 && (
        <ul class="suggestions" role="listbox" id={listId} aria-label="Mention a teammate">
          {suggestions.map((member, index) => (
            <li
              key={member.email}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                const textarea = (event.currentTarget.closest("form") as HTMLFormElement).querySelector(
                  "textarea",
                );
                if (textarea !== null) pick(member.email, textarea);
              }}
            >
              {member.name ?? member.email} <span class="caption">{member.email}</span>
            </li>
          ))}
        </ul>
      )}
      {error !== null && <FieldError id={errorId} notice={error} />}
      <div class="row">
        <button type="submit" class="primary" disabled={disabled || text.trim() === ""}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
