import type { MemberLoadRow, RuleFires } from "@baton/shared";
import { Definition } from "./Definition";
import { tOf, useTranslator } from "../app/i18n";
import { agentLabel, formatCount } from "./format";

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
  const translator = useTranslator();
  const t = tOf(translator);
  const count = (n: number) => formatCount(n, translator);
  return (
    <>
      {load !== undefined && (
        <figure class="agents">
          <figcaption>{t("dashboard.openLoadTitle")}</figcaption>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.colMember")}</th>
                <th scope="col">{t("dashboard.colOpen")}</th>
                <th scope="col">{t("dashboard.colCap")}</th>
                <th scope="col">{t("dashboard.colUrgent")}</th>
                <th scope="col">{t("dashboard.colHigh")}</th>
                <th scope="col">{t("dashboard.colNormal")}</th>
                <th scope="col">{t("dashboard.colLow")}</th>
              </tr>
            </thead>
            <tbody>
              {load.length === 0 && (
                <tr>
                  <td colSpan={7} class="muted">
                    {t("dashboard.nobodyOwns")}
                  </td>
                </tr>
              )}
              {load.map((row) => (
                <tr
                  data-member={row.member}
                  class={row.cap !== null && row.open >= row.cap ? "at-cap" : undefined}
                >
                  <th scope="row">{agentLabel(row.member, translator)}</th>
                  <td>{count(row.open)}</td>
                  <td>
                    {row.cap === null
                      ? t("dashboard.noCap")
                      : row.open >= row.cap
                        ? t("dashboard.atCap", { cap: count(row.cap) })
                        : count(row.cap)}
                  </td>
                  <td>{count(row.byPriority.urgent)}</td>
                  <td>{count(row.byPriority.high)}</td>
                  <td>{count(row.byPriority.normal)}</td>
                  <td>{count(row.byPriority.low)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Definition id="openLoad" />
        </figure>
      )}
      <figure class="agents">
        <figcaption>{t("dashboard.ruleFires")}</figcaption>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.colRule")}</th>
              <th scope="col">{t("dashboard.colFired")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.length === 0 && (
              <tr>
                <td colSpan={2} class="muted">
                  {t("dashboard.noRuleFired")}
                </td>
              </tr>
            )}
            {rules.map((r) => (
              <tr data-rule={r.rule}>
                <th scope="row">{r.rule}</th>
                <td>{count(r.fired)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Definition id="ruleFires" />
      </figure>
    </>
  );
}
