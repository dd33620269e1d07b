import type { AgentRow, Attainment } from "@baton/shared";
import { CLOCK_KINDS } from "@baton/shared/conversation";
import type { Translator } from "@baton/shared/i18n";
import { useT, useTranslator } from "../app/i18n";
import { Definition } from "./Definition";
import { agentLabel, formatCount, formatDecimal, formatDuration, formatRate } from "./format";

const CLOCK_HEADINGS = {
  first_response: "dashboard.colAttainFirstResponse",
  next_response: "dashboard.colAttainNextResponse",
  resolution: "dashboard.colAttainResolution",
} as const;

/**
 * A rate with the counts it is made of ("75.0% · 3 met, 1 breached"), so a reader sees why the
 * agents' rows and Unassigned's add up to the team's rate rather than average to it.
 */
function AttainmentCell({ a }: { a: Attainment }) {
  const translator = useTranslator();
  const count = (n: number) => formatCount(n, translator);
  return (
    <td>
      {formatRate(a.rate, translator)}
      <span class="muted">
        {" "}
        {translator.t("dashboard.attainCounts", { met: count(a.met), breached: count(a.breached) })}
      </span>
    </td>
  );
}

/** "4.3 / 5 · 12 answers", or "—" when nobody answered a survey. */
export function csatText(row: Pick<AgentRow, "csatResponses" | "csatAverage">, t: Translator): string {
  if (row.csatAverage === null || row.csatResponses === 0) return "—";
  return t.t("dashboard.csatCell", { average: formatDecimal(row.csatAverage, t), count: row.csatResponses });
}

function Row({ row, team = false }: { row: AgentRow; team?: boolean }) {
  const translator = useTranslator();
  const count = (n: number) => formatCount(n, translator);
  return (
    <tr class={team ? "team" : undefined} data-agent={team ? "team" : row.agent}>
      <th scope="row">{team ? translator.t("dashboard.team") : agentLabel(row.agent, translator)}</th>
      <td>{count(row.handled)}</td>
      <td>{count(row.replies)}</td>
      <td>{count(row.firstReplies)}</td>
      <td>{formatDuration(row.medianFirstResponseBusiness, translator)}</td>
      {CLOCK_KINDS.map((clock) => (
        <AttainmentCell a={row.attainment[clock]} />
      ))}
      <td>{count(row.routed)}</td>
      <td>{count(row.claimed)}</td>
      <td>{formatDuration(row.medianArrivalToOwnerWall, translator)}</td>
      <td>{csatText(row, translator)}</td>
    </tr>
  );
}

/**
 * One row per agent and one for Unassigned (what happened while nobody held a conversation), then
 * the Team row they add up to (the same definition over the whole range, as the cards show it).
 */
export function AgentTable({ rows, team }: { rows: readonly AgentRow[]; team?: AgentRow | undefined }) {
  const t = useT();
  return (
    <figure class="agents">
      <figcaption>{t("dashboard.perAgent")}</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.agent")}</th>
            <th scope="col">{t("dashboard.colHandled")}</th>
            <th scope="col">{t("dashboard.colReplies")}</th>
            <th scope="col">{t("dashboard.colFirstReplies")}</th>
            <th scope="col">{t("dashboard.colMedianFirstResponse")}</th>
            {CLOCK_KINDS.map((clock) => (
              <th scope="col">{t(CLOCK_HEADINGS[clock])}</th>
            ))}
            <th scope="col">{t("dashboard.colRouted")}</th>
            <th scope="col">{t("dashboard.colClaimed")}</th>
            <th scope="col">{t("dashboard.colArrivalToOwner")}</th>
            <th scope="col">{t("dashboard.colCsat")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={9 + CLOCK_KINDS.length} class="muted">
                {t("dashboard.noActivity")}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <Row row={row} />
          ))}
        </tbody>
        {team !== undefined && rows.length > 0 && (
          <tfoot>
            <Row row={team} team />
          </tfoot>
        )}
      </table>
      <Definition id="handled" />
      <Definition id="routedVsClaimed" />
      <Definition id="arrivalToOwner" />
      <Definition id="csat" />
    </figure>
  );
}
