import type { AgentRow } from "@baton/shared";
import { Definition } from "./Definition";
import { agentLabel, formatDuration, formatRate } from "./format";

export function AgentTable({ rows }: { rows: readonly AgentRow[] }) {
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
            <th scope="col">First response attainment</th>
            <th scope="col">Resolution attainment</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={7} class="muted">
                No activity in this range.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr>
              <th scope="row">{agentLabel(row.agent)}</th>
              <td>{row.handled}</td>
              <td>{row.replies}</td>
              <td>{row.firstReplies}</td>
              <td>{formatDuration(row.medianFirstResponseBusiness)}</td>
              <td>{formatRate(row.attainment.first_response.rate)}</td>
              <td>{formatRate(row.attainment.resolution.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Definition id="handled" />
    </figure>
  );
}
