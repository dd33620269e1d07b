// The Metrics tab in Dutch (issue 18): every word from the catalogue, numbers, rates, durations and
// weekdays the Dutch way, and the English definitions kept equal to the shared METRIC_DEFINITIONS.
import { METRIC_DEFINITIONS, summarizeRollups, type KeyedRollup, type MetricId } from "@baton/shared";
import type { MessageKey } from "@baton/shared/i18n";
import { translatorFor } from "@baton/shared/i18n/all";
import { render } from "preact-render-to-string";
import { inLanguage } from "../test-support/i18n";
import { AgentTable } from "./AgentTable";
import { dateNames } from "./DailyChart";
import { Heatmap } from "./Heatmap";
import { MetricCards } from "./MetricCards";
import { RoutingReport } from "./RoutingReport";

const doc = (agent: string, counts: Record<string, number>): KeyedRollup => ({
  key: { day: "2026-10-05", mailboxId: "support", agent },
  rollup: { counts, hists: {}, hourOfWeek: { "0": 1234 } },
});

const counts = { received: 12_345, inbound: 1, resolved: 3, csatResponses: 2, csatRatingSum: 9 };
const summary = summarizeRollups([doc("_all", counts), doc("ana@demo.test", counts)]);

describe("the metrics in Dutch", () => {
  it("say the cards' words and write numbers with Dutch separators", () => {
    const html = render(inLanguage("nl", <MetricCards totals={summary.totals} />));
    expect(html).toContain('aria-label="Nieuwe gesprekken"');
    expect(html).toContain('>12.345</span> <span class="label">nieuw');
    expect(html).toContain('<span class="label">klantbericht</span>');
    expect(html).toContain('>4,5</span> <span class="label">gemiddeld cijfer (1-5)');
    expect(html).toContain("Klanttevredenheid");
    expect(html).toContain("Telt:");
    expect(html).not.toMatch(/New conversations|Counts:|Excludes:|customer message/);
  });

  it("name the weekdays and the table's columns in Dutch", () => {
    const heat = render(inLanguage("nl", <Heatmap hourOfWeek={summary.hourOfWeek} />));
    expect(heat).toContain("Volume per uur van de week");
    expect(heat).toMatch(/<th scope="row">ma\.?<\/th>/);
    expect(heat).toContain("1.234 klantberichten");
    const agents = render(inLanguage("nl", <AgentTable rows={summary.agents} team={summary.team} />));
    expect(agents).toContain("Per medewerker");
    expect(agents).toContain("4,5 / 5 · 2 antwoorden");
    expect(agents).toContain("Team");
    const routing = render(inLanguage("nl", <RoutingReport rules={[]} load={[]} />));
    expect(routing).toContain("Geen regel uitgevoerd in deze periode.");
    expect(routing).toContain("Niemand heeft een open gesprek.");
  });

  it("read Belgian Dutch formats from an nl-BE browser", () => {
    expect(render(inLanguage("nl-BE", <MetricCards totals={summary.totals} />))).toContain(">12.345</span>");
  });
});

describe("the metric definitions", () => {
  it("say in English exactly what shared/src/metrics/definitions.ts says", () => {
    const en = translatorFor(["en"]);
    const day = en.t("dashboard.defDay");
    for (const [id, definition] of Object.entries(METRIC_DEFINITIONS) as Array<
      [MetricId, typeof METRIC_DEFINITIONS.csat]
    >) {
      expect(en.t(`dashboard.${id}Counts` as MessageKey<"dashboard">, { day })).toBe(definition.counts);
      expect(en.t(`dashboard.${id}Excludes` as MessageKey<"dashboard">, { day })).toBe(definition.excludes);
    }
  });
});

describe("the charts' axis names", () => {
  it("come from Intl in the reader's locale, weekdays from Sunday as uPlot counts them", () => {
    const nl = dateNames("nl-NL");
    expect(nl.MMMM[9]).toBe("oktober");
    expect(nl.WWWW[0]).toBe("zondag");
    expect(dateNames("en-GB").MMM[9]).toBe("Oct");
  });
});
