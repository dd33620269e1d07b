import { parseMemberCsv, type MemberCsvResult, type MemberCsvRow } from "@baton/shared/admin";
import { SETUP_LIMITS } from "@baton/shared/limits";
import { useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { messageOf } from "../app/ErrorLine";
import { useTranslator } from "../app/i18n";
import { FieldProblem } from "./FieldProblem";
import { mergeSummaries, progressText, runImport, summaryLines, type ImportSummary } from "./import-run";

/**
 * Members pasted as CSV (email, name, role): parsed and checked in the browser with the API's rules,
 * previewed, then sent in batches with a progress bar; the summary names every skipped row's reason
 * and keeps rows a failed batch did not send, to send again.
 */
export function MemberImport({ api, onImported }: { api: ApiClient; onImported: () => void }) {
  const translator = useTranslator();
  const [text, setText] = useState("");
  const [parsed, setParsed] = useState<MemberCsvResult | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = (event: Event) => {
    event.preventDefault();
    setSummary(null);
    setProgress(null);
    setParsed(parseMemberCsv(text));
  };

  /** `before`: the run whose unsent rows these are (a retry), so its outcome stays in the summary. */
  const send = (rows: readonly MemberCsvRow[], before: ImportSummary | null) => {
    setBusy(true);
    setSummary(null);
    void runImport(
      rows,
      (members) => api.call("importMembers", { body: { members } }),
      (sent, total) => {
        setProgress({ sent, total });
      },
      (error) => messageOf(error, translator),
    ).then((result) => {
      setBusy(false);
      setSummary(before === null ? result : mergeSummaries(before, result));
      onImported();
    });
  };

  const csvProblem =
    parsed === null
      ? undefined
      : (parsed.refusal ??
        (parsed.rows.length === 0 && parsed.problems.length === 0 ? "The CSV has no rows." : undefined));

  return (
    <section aria-labelledby="member-import-title">
      <h4 id="member-import-title">Paste members from a CSV</h4>
      <form onSubmit={preview} noValidate>
        <label class="field">
          <span>Members CSV (email, name, role)</span>
          <textarea
            rows={8}
            value={text}
            spellcheck={false}
            placeholder={"email,name,role\nana@acme.example,Ana Lima,agent"}
            aria-invalid={csvProblem !== undefined}
            aria-describedby="err-member-csv"
            onInput={(e) => {
              setText(e.currentTarget.value);
              setParsed(null);
            }}
          />
          <FieldProblem id="err-member-csv" message={csvProblem} />
        </label>
        <p class="muted">
          One member a line; a header line is optional; roles are admin, lead, agent or viewer. At most{" "}
          {SETUP_LIMITS.memberCsvRows.value} rows, sent {SETUP_LIMITS.memberImportBatch.value} at a time.
        </p>
        <button type="submit" disabled={busy}>
          Preview
        </button>
      </form>
      {parsed !== null && parsed.problems.length > 0 && (
        <div class="error" role="alert">
          <p>
            {parsed.problems.length} {parsed.problems.length === 1 ? "line is" : "lines are"} left out; fix
            {parsed.problems.length === 1 ? " it" : " them"} in the CSV and preview again, or import the rest:
          </p>
          <ul>
            {parsed.problems.map((p) => (
              <li>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {parsed !== null && parsed.rows.length > 0 && (
        <>
          <table aria-label="Members to import">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {parsed.rows.map((r) => (
                <tr>
                  <td>{r.line}</td>
                  <td>{r.email}</td>
                  <td>{r.name}</td>
                  <td>{r.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              send(parsed.rows, null);
            }}
          >
            Import {parsed.rows.length} {parsed.rows.length === 1 ? "member" : "members"}
          </button>
        </>
      )}
      {progress !== null && (
        <p>
          <label>
            Imported{" "}
            <progress max={Math.max(1, progress.total)} value={progress.sent}>
              {progressText(progress.sent, progress.total)}
            </progress>{" "}
            <span role="status">{progressText(progress.sent, progress.total)}</span>
          </label>
        </p>
      )}
      {summary !== null && (
        <ImportSummaryView
          summary={summary}
          busy={busy}
          onRetry={(rows) => {
            send(rows, summary);
          }}
        />
      )}
    </section>
  );
}

function ImportSummaryView({
  summary,
  busy,
  onRetry,
}: {
  summary: ImportSummary;
  busy: boolean;
  onRetry: (rows: readonly MemberCsvRow[]) => void;
}) {
  return (
    <div aria-labelledby="import-summary-title" role="region">
      <h5 id="import-summary-title">Import summary</h5>
      {summaryLines(summary).map((line, i) => (
        <p role={i === 0 ? "status" : "alert"} class={i === 0 ? "" : "error"}>
          {line}
        </p>
      ))}
      {summary.skipped.length > 0 && (
        <ul aria-label="Skipped members">
          {summary.skipped.map((s) => (
            <li>
              {s.email}: {s.reason}
            </li>
          ))}
        </ul>
      )}
      {summary.unsent.length > 0 && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            onRetry(summary.unsent);
          }}
        >
          Send the {summary.unsent.length} rows not sent
        </button>
      )}
    </div>
  );
}
