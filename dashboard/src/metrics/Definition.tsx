import type { MetricId } from "@baton/shared";
import { METRIC_DEFINITIONS } from "@baton/shared/metrics";

/** The definition shown beside a metric: what counts and what is left out. */
export function Definition({ id }: { id: MetricId }) {
  const definition = METRIC_DEFINITIONS[id];
  return (
    <div class="definition" data-metric={id}>
      <p>
        <span class="def-label">Counts:</span> {definition.counts}
      </p>
      <p>
        <span class="def-label">Excludes:</span> {definition.excludes}
      </p>
    </div>
  );
}
