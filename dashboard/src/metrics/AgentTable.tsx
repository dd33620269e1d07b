import type { AgentRow, Attainment } from "@baton/shared";
import { CLOCK_KINDS } from "@baton/shared/conversation";
import { Definition } from "./Definition";
import { agentLabel, formatDuration, formatRate } from "./format";

const CLOCK_HEADINGS = {
  first_response: "First response attainment",
  next_response: "Next response attainment",
  resolution: "Resolution attainment",
};

/**
 * A rate with the counts it is made of ("75.0% · 3 met, 1 breached"), so a reader sees why the
 * agents' rows and Unassigned's add up to the team's rate rather than average to it.
 */
function AttainmentCell({ a }: { a: Attainment }) {
  return (
    <td>
      {formatRate(a.rate)}
      <span class="muted">
        {" "}
        · {a.met} met, {a.breached} breached
      </span>
    </td>
  );
}

/** "4.3 / 5 · 12 answers", or "—" when nobody answered a survey. */
export function csatText(row: Pick<AgentRow, "csatResponses" | "csatAverage">): string {
  if (row.csatAverage === null || row.csatResponses === 0) return "—";
  return `${row.csatAverage.toFixed(1)} / 5 · ${row.csatResponses} ${row.csatResponses === 1 ? "answer" : "answers"}`;
}

function Row({ row, team = false }: { row: AgentRow; team?: boolean }) {
  return (
    <tr class={team ? "team" : undefined} data-agent={team ? "team" : row.agent}>
      <th scope="row">{team ? "Team" : agentLabel(row.agent)}</th>
      <td>{row.handled}</td>
      <td>{row.replies}</td>
      <td>{row.firstReplies}</td>
      <td>{formatDuration(row.medianFirstResponseBusiness)}</td>
      {CLOCK_KINDS.map((clock) => (
        <AttainmentCell a={row.attainment[clock]} />
      ))}
      <td>{row.routed}</td>
      <td>{row.claimed}</td>
      <td>{formatDuration(row.medianArrivalToOwnerWall)}</td>
      <td>{csatText(row)}</td>
    </tr>
  );
}

/**
 * One row per agent and one for Unassigned (what happened while nobody held a conversation), then
 * the Team row they add up to (the same definition over the whole range, as the cards show it).
 */
export function AgentTable({ rows, team }: { rows: readonly AgentRow[]; team?: AgentRow | undefined }) {
  return (
    <figure class="agents">
      <figcaption>Per agent</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Handled</th>
            <th scope="col">Replies</th>
            <th scope="col">First replies</th>
            <th scope="col">Median first response (business)</th>
            {CLOCK_KINDS.map((clock) => (
              <th scope="col">{CLOCK_HEADINGS[clock]}</th>
            ))}
            <th scope="col">Routed</th>
            <th scope="col">Claimed</th>
            <th scope="col">Median arrival to owner (wall)</th>
            <th scope="col">CSAT</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={9 + CLOCK_KINDS.length} class="muted">
                No activity in this range.
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
