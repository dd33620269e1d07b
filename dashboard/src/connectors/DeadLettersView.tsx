import type { DeadLetterView } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import { tOf, useTranslator } from "../app/i18n";
import { limitText, messageText, statusText } from "./dead-letter-text";

/** A moment in the reader's locale and the browser's zone. */
const when = (ms: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(ms);

/** The connectors' dead letters: what failed, why, what happens next; retry or dismiss each. */
export function DeadLettersView({ api, me }: { api: ApiClient; me: Me }) {
  const allowed = me.allowed.includes("manage_mailboxes");
  const [letters, setLetters] = useState<DeadLetterView[] | null>(null);
  const [limit, setLimit] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const translator = useTranslator();
  const t = tOf(translator);

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

  if (!allowed) return <p class="muted">{t("dashboard.notAdmin")}</p>;
  const now = Date.now();
  const full = letters === null ? null : limitText(letters.length, limit, translator);
  return (
    <section aria-labelledby="dead-letters-title" class="dead-letters">
      <h2 id="dead-letters-title">{t("dashboard.deadLettersTitle")}</h2>
      <p class="muted">{t("dashboard.deadLettersIntro")}</p>
      <button
        type="button"
        onClick={() => {
          setTick((t) => t + 1);
        }}
      >
        {t("dashboard.refresh")}
      </button>
      {error !== null && <ErrorLine error={error} />}
      {letters === null && error === null && <p class="muted">{t("dashboard.loadingDeadLetters")}</p>}
      {letters !== null && letters.length === 0 && <p class="muted">{t("dashboard.noDeadLetters")}</p>}
      {full !== null && <p class="muted">{full}</p>}
      {letters !== null && letters.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.mailbox")}</th>
              <th scope="col">{t("dashboard.colMessage")}</th>
              <th scope="col">{t("dashboard.colError")}</th>
              <th scope="col">{t("dashboard.colFirstFailed")}</th>
              <th scope="col">{t("dashboard.colStatus")}</th>
              <th scope="col">
                <span class="sr-only">{t("dashboard.colActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr key={letter.id} data-status={letter.status}>
                <td>{letter.mailboxId}</td>
                <td>{messageText(letter, translator)}</td>
                <td>
                  <code>{letter.errorCode}</code> {letter.error}
                </td>
                <td>{when(letter.firstFailedAt, translator.locale)}</td>
                <td>{statusText(letter, now, translator)}</td>
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
                    {t("dashboard.retry")}
                  </button>{" "}
                  <button
                    type="button"
                    disabled={busy === letter.id}
                    onClick={() => {
                      act(letter.id, () => api.call("dismissDeadLetter", { params: { id: letter.id } }));
                    }}
                  >
                    {t("dashboard.dismiss")}
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
