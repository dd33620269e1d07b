import { tOf, useTranslator } from "../app/i18n";
import { Definition } from "./Definition";
import { heatLevel } from "./format";

/** Monday 5 January 2026 (UTC) + d days: a Monday-first week for Intl's weekday names. */
const A_MONDAY = Date.UTC(2026, 0, 5);

/** "Mon" … "Sun" / "ma" … "zo": the reader's short weekday names, Monday first. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, d) => format.format(A_MONDAY + d * 86_400_000));
}

/** Customer messages by local weekday × hour, as a table so screen readers read the numbers. */
export function Heatmap({ hourOfWeek }: { hourOfWeek: readonly number[] }) {
  const translator = useTranslator();
  const t = tOf(translator);
  const { locale } = translator;
  const max = Math.max(0, ...hourOfWeek);
  return (
    <figure class="heatmap">
      <figcaption>{t("dashboard.heatmapTitle")}</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">{t("dashboard.day")}</span>
            </th>
            {Array.from({ length: 24 }, (_, h) => (
              <th scope="col">{h % 3 === 0 ? String(h).padStart(2, "0") : ""}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekdayNames(locale).map((day, d) => (
            <tr>
              <th scope="row">{day}</th>
              {Array.from({ length: 24 }, (_, h) => {
                const count = hourOfWeek[d * 24 + h] ?? 0;
                return (
                  <td
                    class={`heat-${heatLevel(count, max)}`}
                    title={t("dashboard.heatCell", { day, hour: String(h).padStart(2, "0"), count })}
                  >
                    <span class="sr-only">{count}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Definition id="volumeByHour" />
    </figure>
  );
}
