import type { MemberLoadRow, RuleFires } from "@baton/shared";
import { Definition } from "./Definition";
import { agentLabel } from "./format";

/**
 * Routing's report (issue 16): each member's open load now against their cap, and how often each
 * rule fired over the range. Zod-free: the Metrics tab is part of the first load.
 */
export function RoutingReport({
  rules,
  load,
}: {
  rules: readonly RuleFires[];
  load?: readonly MemberLoadRow[];
}) {
  return (
    <>
      {load !== undefined && (
        <figure class="agents">
          <figcaption>Open load against cap (now)</figcaption>
          <table>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Open</th>
                <th scope="col">Cap</th>
                <th scope="col">Urgent</th>
                <th scope="col">High</th>
                <th scope="col">Normal</th>
                <th scope="col">Low</th>
              </tr>
            </thead>
            <tbody>
              {load.length === 0 && (
                <tr>
                  <td colSpan={7} class="muted">
                    Nobody owns an open conversation.
                  </td>
                </tr>
              )}
              {load.map((row) => (
                <tr
                  data-member={row.member}
                  class={row.cap !== null && row.open >= row.cap ? "at-cap" : undefined}
                >
                  <th scope="row">{agentLabel(row.member)}</th>
                  <td>{row.open}</td>
                  <td>
                    {row.cap === null ? "no cap" : row.open >= row.cap ? `${row.cap} (at cap)` : row.cap}
                  </td>
                  <td>{row.byPriority.urgent}</td>
                  <td>{row.byPriority.high}</td>
                  <td>{row.byPriority.normal}</td>
                  <td>{row.byPriority.low}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Definition id="openLoad" />
        </figure>
      )}
      <figure class="agents">
        <figcaption>Rule fires</figcaption>
        <table>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Fired</th>
            </tr>
          </thead>
          <tbody>
            {rules.length === 0 && (
              <tr>
                <td colSpan={2} class="muted">
                  No rule fired in this range.
                </td>
              </tr>
            )}
            {rules.map((r) => (
              <tr data-rule={r.rule}>
                <th scope="row">{r.rule}</th>
                <td>{r.fired}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Definition id="ruleFires" />
      </figure>
    </>
  );
}
