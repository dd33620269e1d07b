import type { MetricId, MetricsTotals } from "@baton/shared";
import { CLOCK_KINDS } from "@baton/shared/conversation";
import { tOf, useTranslator } from "../app/i18n";
import { Definition } from "./Definition";
import { formatCount, formatDecimal, formatDuration, formatRate } from "./format";

function Card({ id, title, children }: { id: MetricId; title: string; children: preact.ComponentChildren }) {
  return (
    <article class="card" aria-label={title}>
      <h3>{title}</h3>
      <div class="figures">{children}</div>
      <Definition id={id} />
    </article>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <p class="figure">
      <span class="value">{value}</span> <span class="label">{label}</span>
    </p>
  );
}

const CLOCK_TITLES = {
  first_response: "dashboard.attainFirstResponse",
  next_response: "dashboard.attainNextResponse",
  resolution: "dashboard.attainResolution",
} as const;

/** The headline numbers of a range, each with its definition beside it. */
export function MetricCards({ totals }: { totals: MetricsTotals }) {
  const translator = useTranslator();
  const t = tOf(translator);
  const d = totals.durations;
  const c = totals.counts;
  const opened = c.received + c.reopened;
  const net = opened - c.resolved;
  const count = (n: number) => formatCount(n, translator);
  const duration = (ms: number | null) => formatDuration(ms, translator);
  return (
    <div class="cards">
      <Card id="received" title={t("dashboard.cardReceived")}>
        <Figure label={t("dashboard.figNew")} value={count(c.received)} />
        <Figure label={t("dashboard.figCustomerMessages", { count: c.inbound })} value={count(c.inbound)} />
      </Card>
      <Card id="resolved" title={t("dashboard.cardResolved")}>
        <Figure label={t("dashboard.figResolved")} value={count(c.resolved)} />
        <Figure label={t("dashboard.figReopened")} value={count(c.reopened)} />
      </Card>
      <Card id="firstResponseBusiness" title={t("dashboard.cardFirstResponseBusiness")}>
        <Figure label={t("dashboard.figMedian")} value={duration(d.firstResponseBusiness.median)} />
        <Figure label={t("dashboard.figP90")} value={duration(d.firstResponseBusiness.p90)} />
        <Figure
          label={t("dashboard.figRepliesMeasured", { count: d.firstResponseBusiness.n })}
          value={count(d.firstResponseBusiness.n)}
        />
      </Card>
      <Card id="firstResponseWall" title={t("dashboard.cardFirstResponseWall")}>
        <Figure label={t("dashboard.figMedian")} value={duration(d.firstResponseWall.median)} />
        <Figure label={t("dashboard.figP90")} value={duration(d.firstResponseWall.p90)} />
      </Card>
      <Card id="resolutionBusiness" title={t("dashboard.cardResolutionBusiness")}>
        <Figure label={t("dashboard.figMedian")} value={duration(d.resolutionBusiness.median)} />
        <Figure label={t("dashboard.figP90")} value={duration(d.resolutionBusiness.p90)} />
        <Figure
          label={t("dashboard.figResolutionsMeasured", { count: d.resolutionBusiness.n })}
          value={count(d.resolutionBusiness.n)}
        />
      </Card>
      <Card id="resolutionWall" title={t("dashboard.cardResolutionWall")}>
        <Figure label={t("dashboard.figMedian")} value={duration(d.resolutionWall.median)} />
        <Figure label={t("dashboard.figP90")} value={duration(d.resolutionWall.p90)} />
      </Card>
      <Card id="attainment" title={t("dashboard.cardAttainment")}>
        {CLOCK_KINDS.map((clock) => {
          const a = totals.attainment[clock];
          return (
            <Figure
              label={t("dashboard.figAttainment", {
                clock: t(CLOCK_TITLES[clock]),
                met: count(a.met),
                breached: count(a.breached),
              })}
              value={formatRate(a.rate, translator)}
            />
          );
        })}
      </Card>
      <Card id="backlog" title={t("dashboard.cardBacklog")}>
        <Figure label={t("dashboard.figOpened")} value={count(opened)} />
        <Figure label={t("dashboard.figNetChange")} value={`${net >= 0 ? "+" : ""}${count(net)}`} />
      </Card>
      <Card id="csat" title={t("dashboard.cardCsat")}>
        <Figure
          label={t("dashboard.figAverageRating")}
          value={c.csatResponses > 0 ? formatDecimal(c.csatRatingSum / c.csatResponses, translator) : "—"}
        />
        <Figure
          label={t("dashboard.figAnswers", { count: c.csatResponses })}
          value={count(c.csatResponses)}
        />
      </Card>
    </div>
  );
}
