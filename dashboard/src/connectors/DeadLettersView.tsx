import type { DeadLetterView } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import {
  DEAD_LETTERS_INTRO,
  limitText,
  messageText,
  NO_DEAD_LETTERS,
  NOT_ADMIN,
  statusText,
} from "./dead-letter-text";

const when = (ms: number) => new Date(ms).toLocaleString();

/** The connectors' dead letters: what failed, why, what happens next; retry or dismiss each. */
export function DeadLettersView({ api, me }: { api: ApiClient; me: Me }) {
  const allowed = me.allowed.includes("manage_mailboxes");
  const [letters, setLetters] = useState<DeadLetterView[] | null>(null);
  const [limit, setLimit] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    api.call("listDeadLetters", {}).then(
      (answer) => {
        if (!live) return;
        setError(null);
        setLetters(answer.deadLetters);
        setLimit(answer.limit);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, tick, allowed]);

  const act = (id: string, run: () => Promise<unknown>) => {
    setBusy(id);
    run().then(
      () => {
        setBusy(null);
        setTick((t) => t + 1);
      },
      (e: unknown) => {
        setBusy(null);
        setError(e);
      },
    );
  };

  if (!allowed) return <p class="muted">{NOT_ADMIN}</p>;
  const now = Date.now();
  const full = letters === null ? null : limitText(letters.length, limit);
  return (
    <section aria-labelledby="dead-letters-title" class="dead-letters">
      <h2 id="dead-letters-title">Connector dead letters</h2>
      <p class="muted">{DEAD_LETTERS_INTRO}</p>
      <button
        type="button"
        onClick={() => {
          setTick((t) => t + 1);
        }}
      >
        Refresh
      </button>
      {error !== null && <ErrorLine error={error} />}
      {letters === null && error === null && <p class="muted">Loading dead letters…</p>}
      {letters !== null && letters.length === 0 && <p class="muted">{NO_DEAD_LETTERS}</p>}
      {full !== null && <p class="muted">{full}</p>}
      {letters !== null && letters.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Mailbox</th>
              <th scope="col">Message</th>
              <th scope="col">Error</th>
              <th scope="col">First failed</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr key={letter.id} data-status={letter.status}>
                <td>{letter.mailboxId}</td>
                <td>{messageText(letter)}</td>
                <td>
                  <code>{letter.errorCode}</code> {letter.error}
                </td>
                <td>{when(letter.firstFailedAt)}</td>
                <td>{statusText(letter, now)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy === letter.id}
                    onClick={() => {
                      act(letter.id, () =>
                        api.call("retryDeadLetter", { params: { id: letter.id }, body: {} }),
                      );
                    }}
                  >
                    Retry
                  </button>{" "}
                  <button
                    type="button"
                    disabled={busy === letter.id}
                    onClick={() => {
                      act(letter.id, () => api.call("dismissDeadLetter", { params: { id: letter.id } }));
                    }}
                  >
                    Dismiss
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
