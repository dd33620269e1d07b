import { useEffect, useRef } from "preact/hooks";

export interface RoleChange {
  email: string;
  from: string;
  to: string;
}

/** What changes with a role, in a sentence the admin confirms. */
export function roleChangeQuestion(change: RoleChange): string {
  return `Change ${change.email} from ${change.from} to ${change.to}? ${
    change.to === "admin"
      ? "Admins can change every setting and every member's role."
      : change.from === "admin"
        ? "They will no longer be able to change settings or roles."
        : "What they can do in Baton changes at once."
  }`;
}

/**
 * A modal dialog (the native <dialog>: focus moves in, Tab stays inside, Escape cancels) asking to
 * confirm a role change; on close focus goes back to `returnTo`, the role menu that asked.
 */
export function ConfirmRole({
  change,
  returnTo,
  onConfirm,
  onCancel,
}: {
  change: RoleChange;
  returnTo: HTMLElement | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      // Out of the modal first: nothing outside an open modal dialog can take focus.
      if (dialog?.open === true) dialog.close();
      returnTo?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="confirm"
      aria-labelledby="confirm-role-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h4 id="confirm-role-title">Change role?</h4>
      <p>{roleChangeQuestion(change)}</p>
      <div class="toolbar">
        <button type="button" onClick={onConfirm}>
          Make {change.to}
        </button>
        <button type="button" autofocus onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
