// The one handle on the Office.js global, and the small helpers every Office-facing module shares.
// Only the modules of this folder import it: components and the API client receive plain data.

export type OfficeApi = typeof Office;

export function office(): OfficeApi {
  return (globalThis as unknown as { Office: OfficeApi }).Office;
}

export function isSetSupported(name: string, version: string): boolean {
  const requirements = office().context.requirements as Office.RequirementSetSupport | undefined;
  return requirements?.isSetSupported(name, version) ?? false;
}

/** An Office callback API as a promise: its value, or null when the call did not succeed. */
export function getAsyncValue<T>(
  call: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T | null> {
  return new Promise((resolve) => {
    call((result) => {
      resolve(result.status === office().AsyncResultStatus.Succeeded ? result.value : null);
    });
  });
}

/** Lower-cased addresses of a recipient list. */
export function addresses(list: Office.EmailAddressDetails[] | undefined): string[] {
  return (list ?? []).map((recipient) => recipient.emailAddress.toLowerCase());
}
