import { Definition } from "./Definition";
import { heatLevel, plural } from "./format";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Customer messages by local weekday × hour, as a table so screen readers read the numbers. */
export function Heatmap({ hourOfWeek }: { hourOfWeek: readonly number[] }) {
  const max = Math.max(0, ...hourOfWeek);
  return (
    <figure class="heatmap">
      <figcaption>Volume by hour of week</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">Day</span>
            </th>
            {Array.from({ length: 24 }, (_, h) => (
              <th scope="col">{h % 3 === 0 ? String(h).padStart(2, "0") : ""}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day, d) => (
            <tr>
              <th scope="row">{day}</th>
              {Array.from({ length: 24 }, (_, h) => {
                const count = hourOfWeek[d * 24 + h] ?? 0;
                return (
                  <td
                    class={`heat-${heatLevel(count, max)}`}
                    title={`${day} ${String(h).padStart(2, "0")}:00 — ${plural(count, "customer message")}`}
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
