import { useMemo } from "preact/hooks";
import { searchTimeZones, timeZoneOptions } from "./time-zones";

/**
 * A time-zone field with search: typing narrows the suggestions to zones whose name holds every word
 * ("new york" finds America/New_York), from every IANA zone the browser knows. A native input with a
 * datalist, so the keyboard and screen readers work as for any suggestion list.
 */
export function TimeZonePicker({
  value,
  onInput,
  disabled,
  invalid,
  describedBy,
  listId,
}: {
  value: string;
  onInput: (zone: string) => void;
  disabled: boolean;
  invalid: boolean;
  describedBy: string;
  listId: string;
}) {
  const zones = useMemo(timeZoneOptions, []);
  const suggestions = searchTimeZones(zones, zones.includes(value) ? "" : value);
  return (
    <>
      <input
        value={value}
        list={listId}
        autocomplete="off"
        spellcheck={false}
        placeholder="Search, such as Amsterdam or New York"
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
      />
      <datalist id={listId}>
        {suggestions.map((zone) => (
          <option value={zone} />
        ))}
      </datalist>
    </>
  );
}
