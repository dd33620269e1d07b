import { METRIC_DEFINITIONS, summarizeRollups, type KeyedRollup } from "@baton/shared";
import type { VNode } from "preact";
import { render as renderHtml } from "preact-render-to-string";
import { inEnglish } from "../test-support/i18n";

import { AgentTable } from "./AgentTable";
import { Heatmap } from "./Heatmap";
import { MetricCards } from "./MetricCards";

const render = (node: VNode) => renderHtml(inEnglish(node));

const docs: KeyedRollup[] = [
  {
    key: { day: "2026-10-05", mailboxId: "support", agent: "_all" },
    rollup: {
      counts: { received: 7, resolved: 4, reopened: 1, met_first_response: 3, breached_first_response: 1 },
      hists: { firstResponseBusiness: { "80": 2 } },
      hourOfWeek: { "9": 6, "10": 3 },
    },
  },
  {
    key: { day: "2026-10-05", mailboxId: "support", agent: "ana@demo.test" },
    rollup: {
      counts: { resolved: 4, met_first_response: 3, breached_first_response: 1 },
      hists: {},
      hourOfWeek: {},
    },
  },
];
const summary = summarizeRollups(docs);

describe("MetricCards", () => {
  const html = render(<MetricCards totals={summary.totals} />);

  it("shows each headline number", () => {
    expect(html).toContain(">7</span>");
    expect(html).toContain("75.0%");
  });

  it("puts the definition — what counts and what is excluded — beside every metric", () => {
    for (const id of [
      "received",
      "resolved",
      "firstResponseBusiness",
      "resolutionWall",
      "attainment",
      "backlog",
    ] as const) {
      expect(html).toContain(`data-metric="${id}"`);
      expect(html).toContain(METRIC_DEFINITIONS[id].excludes.replace(/&/g, "&amp;").slice(0, 30));
    }
  });

  it("shows the net backlog change of the range: opened (7 + 1) − resolved 4", () => {
    expect(html).toContain(">+4</span>");
  });
});

describe("Heatmap", () => {
  it("is a 7 × 24 table whose busiest hour is the darkest", () => {
    const html = render(<Heatmap hourOfWeek={summary.hourOfWeek} />);
    expect(html.match(/<td/g)).toHaveLength(168);
    // Monday 09:00 has 6 (the max) → level 5; 10:00 has 3 → ceil(3/6 × 5) = 3.
    expect(html).toContain('class="heat-5" title="Mon 09:00 — 6 customer messages"');
    expect(html).toContain('class="heat-3" title="Mon 10:00 — 3 customer messages"');
  });
});

describe("AgentTable", () => {
  it("lists agents with handled count and attainment", () => {
    const html = render(<AgentTable rows={summary.agents} />);
    expect(html).toContain("ana@demo.test");
    expect(html).toContain("<td>4</td>");
    expect(html).toContain("75.0%");
  });

  it("shows Unassigned and the Team row the rows add up to, with the counts behind each rate", () => {
    // Ana met all her clocks; the breach happened while nobody held the conversation.
    const split = summarizeRollups([
      ...docs.slice(0, 1),
      { ...docs[1]!, rollup: { ...docs[1]!.rollup, counts: { resolved: 4, met_first_response: 3 } } },
      {
        key: { day: "2026-10-05", mailboxId: "support", agent: "_unassigned" },
        rollup: { counts: { breached_first_response: 1 }, hists: {}, hourOfWeek: {} },
      },
    ]);
    const html = render(<AgentTable rows={split.agents} team={split.team} />);
    expect(html).toMatch(/data-agent="ana@demo.test">.*100\.0%.*3 met, 0 breached/);
    expect(html).toMatch(
      /data-agent="_unassigned"><th scope="row">Unassigned<\/th>.*0\.0%.*0 met, 1 breached/,
    );
    expect(html).toMatch(/data-agent="team"><th scope="row">Team<\/th>.*75\.0%.*3 met, 1 breached/);
  });

  it("says so when nobody did anything", () => {
    expect(render(<AgentTable rows={[]} />)).toContain("No activity in this range.");
  });
});

it("shows a median read from its bucket: bucket 80 is 1 s × 1.05^79 × √1.05 ≈ 48.4 s", () => {
  expect(render(<MetricCards totals={summary.totals} />)).toContain(">48 s</span>");
});
