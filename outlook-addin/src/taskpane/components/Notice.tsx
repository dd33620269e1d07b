export interface NoticeValue {
  kind: "error" | "info";
  text: string;
  retry?: () => void;
}

/** Errors are sentences the user can act on, with a Retry when retrying can help. */
export function Notice({ notice, onDismiss }: { notice: NoticeValue; onDismiss?: () => void }) {
  return (
    <div
      class={`notice ${notice.kind}`}
      role={notice.kind === "error" ? "alert" : "status"}
      data-testid="notice"
    >
      <span>{notice.text}</span>
      <span class="row">
        {notice.retry !== undefined && (
          <button type="button" onClick={notice.retry}>
            Retry
          </button>
        )}
        {onDismiss !== undefined && (
          <button type="button" class="link" onClick={onDismiss} aria-label="Dismiss message">
            Dismiss
          </button>
        )}
      </span>
    </div>
  );
}
