// The CSAT metric on the Metrics tab (issue 17): the average and the count, per agent and for the team,
// from the two counts the survey answers add to the rollups, with the definition beside them.
import { METRIC_DEFINITIONS, summarizeRollups, type KeyedRollup } from "@baton/shared";
import type { VNode } from "preact";
import { render as renderHtml } from "preact-render-to-string";
import { inEnglish } from "../test-support/i18n";

import { AgentTable } from "./AgentTable";
import { MetricCards } from "./MetricCards";

const render = (node: VNode) => renderHtml(inEnglish(node));

const doc = (agent: string, csatResponses: number, csatRatingSum: number): KeyedRollup => ({
  key: { day: "2026-10-05", mailboxId: "support", agent },
  rollup: { counts: { resolved: csatResponses, csatResponses, csatRatingSum }, hists: {}, hourOfWeek: {} },
});

// Ana: 4 and 5; Ben: 2. Team: (4 + 5 + 2) / 3 = 3.7.
const summary = summarizeRollups([
  doc("_all", 3, 11),
  doc("ana@demo.test", 2, 9),
  doc("ben@demo.test", 1, 2),
]);

it("shows the team's average rating and answer count in a card, with its definition", () => {
  const html = render(<MetricCards totals={summary.totals} />);
  expect(html).toContain('>3.7</span> <span class="label">average rating (1-5)');
  expect(html).toContain('>3</span> <span class="label">answers');
  expect(html).toContain('data-metric="csat"');
  expect(html).toContain(METRIC_DEFINITIONS.csat.excludes.slice(0, 30));
});

it("shows each agent's average and the team's, which the answers (not the averages) add up to", () => {
  const html = render(<AgentTable rows={summary.agents} team={summary.team} />);
  expect(html).toContain("4.5 / 5 · 2 answers");
  expect(html).toContain("2.0 / 5 · 1 answer");
  expect(html).toContain("3.7 / 5 · 3 answers");
});

it("shows a dash when nobody answered", () => {
  const none = summarizeRollups([doc("_all", 0, 0)]);
  expect(render(<MetricCards totals={none.totals} />)).toContain(
    '>—</span> <span class="label">average rating',
  );
});
