import type { FormInput } from "@baton/gmail-addon/src/workbench";

/**
 * The form inputs of a rendered card, as Gmail sends them with every action: each named field's
 * value; a date-and-time field as the instant its local value names in the page's zone (the zone
 * the workbench passes to the add-on as the reader's).
 */
export function readFormInputs(root: ParentNode): Record<string, FormInput> {
  const inputs: Record<string, FormInput> = {};
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    "input[name], select[name], textarea[name]",
  )) {
    if (field.dataset.dateTime === "1") {
      const ms = field.value === "" ? Number.NaN : new Date(field.value).getTime();
      if (Number.isFinite(ms))
        inputs[field.name] = { dateTimeInput: { msSinceEpoch: ms, hasDate: true, hasTime: true } };
    } else {
      inputs[field.name] = { stringInputs: { value: [field.value] } };
    }
  }
  return inputs;
}
