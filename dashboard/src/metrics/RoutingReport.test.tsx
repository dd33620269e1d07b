import { METRIC_DEFINITIONS, summarizeRollups } from "@baton/shared";
import type { VNode } from "preact";
import { render as renderHtml } from "preact-render-to-string";
import { inEnglish } from "../test-support/i18n";

import { AgentTable } from "./AgentTable";
import { RoutingReport } from "./RoutingReport";

const render = (node: VNode) => renderHtml(inEnglish(node));

const summary = summarizeRollups([
  {
    key: { day: "2026-10-05", mailboxId: "support", agent: "_all" },
    rollup: {
      counts: { routed: 3, claimed: 1, "rule:invoices": 4, "rule:vip": 1 },
      hists: {},
      hourOfWeek: {},
    },
  },
  {
    key: { day: "2026-10-05", mailboxId: "support", agent: "ana@demo.test" },
    rollup: { counts: { routed: 3, claimed: 1 }, hists: { arrivalToOwnerWall: { "80": 3 } }, hourOfWeek: {} },
  },
]);

describe("routing's report", () => {
  it("shows routed vs claimed and the time to an owner per agent, with their definitions", () => {
    const html = render(<AgentTable rows={summary.agents} team={summary.team} />);
    // Routed, claimed, arrival to owner, then the CSAT column (issue 17).
    expect(html).toMatch(/<td>3<\/td><td>1<\/td><td>[^<]+<\/td><td>[^<]+<\/td><\/tr>/);
    expect(html).toContain(METRIC_DEFINITIONS.arrivalToOwner.counts.slice(0, 40));
    expect(html).toContain(METRIC_DEFINITIONS.routedVsClaimed.counts.slice(0, 40));
  });

  it("lists rules most fired first, and each member's load against their cap", () => {
    const html = render(
      <RoutingReport
        rules={summary.rules}
        load={[
          { member: "ana@demo.test", open: 5, byPriority: { urgent: 1, high: 0, normal: 4, low: 0 }, cap: 5 },
          {
            member: "ben@demo.test",
            open: 2,
            byPriority: { urgent: 0, high: 0, normal: 2, low: 0 },
            cap: null,
          },
        ]}
      />,
    );
    expect(summary.rules).toEqual([
      { rule: "invoices", fired: 4 },
      { rule: "vip", fired: 1 },
    ]);
    expect(html.indexOf('data-rule="invoices"')).toBeLessThan(html.indexOf('data-rule="vip"'));
    expect(html).toContain("5 (at cap)");
    expect(html).toContain("no cap");
    expect(html).toContain(METRIC_DEFINITIONS.openLoad.counts.slice(0, 40));
    expect(html).toContain(METRIC_DEFINITIONS.ruleFires.counts.slice(0, 40));
  });

  it("leaves the load table out when the answer has none (an older backend)", () => {
    expect(render(<RoutingReport rules={[]} />)).not.toContain("Open load");
  });
});
