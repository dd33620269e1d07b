/** Reading a card callback's event object: parameters and form inputs. No Apps Script services. */

export function parameter(event: GoogleAppsScript.Addons.EventObject, name: string): string | undefined {
  const value = event.commonEventObject.parameters[name];
  return value === "" ? undefined : value;
}

export function formValue(event: GoogleAppsScript.Addons.EventObject, name: string): string | undefined {
  // formInputs is absent when the card has no inputs (and in some older clients when none changed).
  const inputs =
    (event.commonEventObject.formInputs as
      GoogleAppsScript.Addons.EventObject["commonEventObject"]["formInputs"] | undefined) ?? {};
  const value = inputs[name]?.stringInputs?.value[0];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/**
 * A DateTimePicker's instant: Gmail sends `dateTimeInput.msSinceEpoch` for the date and time the user
 * picked in their own zone (the picker sets no offset). Absent or without a date: undefined.
 */
export function dateTimeValue(event: GoogleAppsScript.Addons.EventObject, name: string): number | undefined {
  // formInputs is absent when the card has no inputs (see formValue).
  const given = event.commonEventObject.formInputs as
    | Record<string, { dateTimeInput?: { msSinceEpoch?: number | string; hasDate?: boolean } } | undefined>
    | undefined;
  const inputs = given ?? {};
  const input = inputs[name]?.dateTimeInput;
  if (input === undefined || input.hasDate === false) return undefined;
  const ms = Number(input.msSinceEpoch);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The reader's zone, sent by Gmail when the manifest sets `useLocaleFromApp`. */
export function readerTimeZone(event: GoogleAppsScript.Addons.EventObject): string {
  return event.commonEventObject.timeZone?.id ?? "UTC";
}

/** "billing, vip -spam" -> add billing and vip, remove spam. Commas or spaces separate tags. */
export function parseTagEdits(text: string): { add: string[]; remove: string[] } {
  const add: string[] = [];
  const remove: string[] = [];
  for (const token of text.split(/[\s,]+/)) {
    const tag = token.replace(/^[-+]/, "").toLowerCase();
    if (tag === "") continue;
    const list = token.startsWith("-") ? remove : add;
    if (!list.includes(tag)) list.push(tag);
  }
  return { add: add.filter((tag) => !remove.includes(tag)), remove };
}
