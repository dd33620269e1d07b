import type { MetricId } from "@baton/shared";
import type { MessageKey } from "@baton/shared/i18n";
import { useT } from "../app/i18n";

/**
 * The definition shown beside a metric: what counts and what is left out. The words are the
 * catalogue's (`<id>Counts`, `<id>Excludes`), saying what shared/src/metrics/definitions.ts says.
 */
export function Definition({ id }: { id: MetricId }) {
  const t = useT();
  const day = t("dashboard.defDay");
  return (
    <div class="definition" data-metric={id}>
      <p>
        <span class="def-label">{t("dashboard.defCounts")}</span>{" "}
        {t(`dashboard.${id}Counts` as MessageKey<"dashboard">, { day })}
      </p>
      <p>
        <span class="def-label">{t("dashboard.defExcludes")}</span>{" "}
        {t(`dashboard.${id}Excludes` as MessageKey<"dashboard">, { day })}
      </p>
    </div>
  );
}
