import type { NoticeValue } from "./Notice";

/** An error beside the field it is about, read out at once, with Retry only when it can succeed. */
export function FieldError({ id, notice }: { id: string; notice: NoticeValue }) {
  return (
    <p id={id} class="field-error" role="alert" data-testid="field-error">
      {notice.text}
      {notice.retry !== undefined && (
        <button type="button" class="link" onClick={notice.retry}>
          Retry
        </button>
      )}
    </p>
  );
}
