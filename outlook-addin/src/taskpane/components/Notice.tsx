export interface NoticeValue {
  kind: "error" | "info";
  text: string;
  /** Present when trying the same thing again can succeed (the shared canRetry), never otherwise. */
  retry?: (() => void) | undefined;
  /** The text as time passes ("Ana claimed this 2 min ago"); `text` is the fallback. */
  textAt?: ((nowMs: number) => string) | undefined;
  /** Shown only while this address owns the thread: the notice describes that ownership. */
  whileOwner?: string | null | undefined;
  /** The request field the error belongs to ("body", "add", "snoozedUntil"): shown next to it. */
  field?: string | null | undefined;
}

export function noticeText(notice: NoticeValue, nowMs: number): string {
  return notice.textAt?.(nowMs) ?? notice.text;
}

/** Errors are sentences the user can act on, with a Retry when retrying can help. */
export function Notice({
  notice,
  nowMs,
  onDismiss,
  id,
}: {
  notice: NoticeValue;
  nowMs?: number;
  onDismiss?: (() => void) | undefined;
  id?: string;
}) {
  return (
    <div
      id={id}
      class={`notice ${notice.kind}`}
      role={notice.kind === "error" ? "alert" : "status"}
      data-testid="notice"
      data-field={notice.field ?? undefined}
    >
      {notice.textAt === undefined ? (
        <span>{notice.text}</span>
      ) : (
        // An ageing text ("2 min ago") would be read out again each time it changes: the live region
        // holds the sentence as it was when it came, the ageing one is for the eye.
        <>
          <span aria-hidden="true">{noticeText(notice, nowMs ?? Date.now())}</span>
          <span class="sr-only">{notice.text}</span>
        </>
      )}
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
