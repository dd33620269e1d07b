import type { MetricId, MetricsTotals } from "@baton/shared";
import { CLOCK_KINDS } from "@baton/shared/conversation";
import { Definition } from "./Definition";
import { formatDuration, formatRate, noun } from "./format";

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
  first_response: "first response",
  next_response: "next response",
  resolution: "resolution",
};

/** The headline numbers of a range, each with its definition beside it. */
export function MetricCards({ totals }: { totals: MetricsTotals }) {
  const d = totals.durations;
  const opened = totals.counts.received + totals.counts.reopened;
  return (
    <div class="cards">
      <Card id="received" title="New conversations">
        <Figure label="new" value={String(totals.counts.received)} />
        <Figure
          label={noun(totals.counts.inbound, "customer message")}
          value={String(totals.counts.inbound)}
        />
      </Card>
      <Card id="resolved" title="Resolved">
        <Figure label="resolved" value={String(totals.counts.resolved)} />
        <Figure label="reopened" value={String(totals.counts.reopened)} />
      </Card>
      <Card id="firstResponseBusiness" title="First response — business time">
        <Figure label="median" value={formatDuration(d.firstResponseBusiness.median)} />
        <Figure label="p90" value={formatDuration(d.firstResponseBusiness.p90)} />
        <Figure
          label={`${noun(d.firstResponseBusiness.n, "reply", "replies")} measured`}
          value={String(d.firstResponseBusiness.n)}
        />
      </Card>
      <Card id="firstResponseWall" title="First response — wall time">
        <Figure label="median" value={formatDuration(d.firstResponseWall.median)} />
        <Figure label="p90" value={formatDuration(d.firstResponseWall.p90)} />
      </Card>
      <Card id="resolutionBusiness" title="Resolution — business time">
        <Figure label="median" value={formatDuration(d.resolutionBusiness.median)} />
        <Figure label="p90" value={formatDuration(d.resolutionBusiness.p90)} />
        <Figure
          label={`${noun(d.resolutionBusiness.n, "resolution")} measured`}
          value={String(d.resolutionBusiness.n)}
        />
      </Card>
      <Card id="resolutionWall" title="Resolution — wall time">
        <Figure label="median" value={formatDuration(d.resolutionWall.median)} />
        <Figure label="p90" value={formatDuration(d.resolutionWall.p90)} />
      </Card>
      <Card id="attainment" title="SLA attainment">
        {CLOCK_KINDS.map((clock) => {
          const a = totals.attainment[clock];
          return (
            <Figure
              label={`${CLOCK_TITLES[clock]} (${a.met} met, ${a.breached} breached)`}
              value={formatRate(a.rate)}
            />
          );
        })}
      </Card>
      <Card id="backlog" title="Backlog flow">
        <Figure label="opened (new + reopened)" value={String(opened)} />
        <Figure
          label="net change"
          value={`${opened - totals.counts.resolved >= 0 ? "+" : ""}${opened - totals.counts.resolved}`}
        />
      </Card>
      <Card id="csat" title="Customer satisfaction">
        <Figure
          label="average rating (1-5)"
          value={
            totals.counts.csatResponses > 0
              ? (totals.counts.csatRatingSum / totals.counts.csatResponses).toFixed(1)
              : "—"
          }
        />
        <Figure
          label={noun(totals.counts.csatResponses, "answer")}
          value={String(totals.counts.csatResponses)}
        />
      </Card>
    </div>
  );
}
