import { useMemo } from "preact/hooks";
import { holidayCountryOptions } from "./holiday-countries";

/** The country whose public holidays close the mailbox, by name; "" = none (the admin's own dates only). */
export function HolidayCountryPicker({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (code: string) => void;
  disabled: boolean;
}) {
  const options = useMemo(() => holidayCountryOptions(), []);
  return (
    <select
      value={value}
      disabled={disabled}
      onChange={(e) => {
        onChange(e.currentTarget.value);
      }}
    >
      <option value="">No public holidays</option>
      {options.map((o) => (
        <option value={o.code}>
          {o.name} ({o.code})
        </option>
      ))}
    </select>
  );
}
