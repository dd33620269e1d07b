/** The setup steps in order, and the URL of each (#/setup/members), so a reload stays on the step. */
export const SETUP_STEPS = [
  ["organisation", "Organisation"],
  ["mailboxes", "Mailboxes"],
  ["members", "Members"],
  ["finish", "Next: install the add-ins"],
] as const;

export type SetupStep = (typeof SETUP_STEPS)[number][0];

export function stepOfHash(hash: string): SetupStep {
  const name = hash.replace(/^#\/?/, "").split(/[/?]/)[1] ?? "";
  return SETUP_STEPS.find(([id]) => id === name)?.[0] ?? "organisation";
}

export function hashOfStep(step: SetupStep): string {
  return `#/setup/${step}`;
}

/** The step before and after (null at the ends): the Back and Next buttons. */
export function neighbours(step: SetupStep): { previous: SetupStep | null; next: SetupStep | null } {
  const index = SETUP_STEPS.findIndex(([id]) => id === step);
  return { previous: SETUP_STEPS[index - 1]?.[0] ?? null, next: SETUP_STEPS[index + 1]?.[0] ?? null };
}
