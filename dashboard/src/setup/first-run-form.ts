/**
 * The first-run form (setup code and organisation name) checked as the API checks it, with the
 * sentence beside the field, and where each refusal of POST /setup/claim is shown.
 */
import {
  claimSetupRequestSchema,
  describeIssue,
  formatPath,
  type ClaimSetupRequest,
  type SetupState,
} from "@baton/shared/api";
import { normalizeSetupCode, SETUP_CODE_ALPHABET, SETUP_CODE_LENGTH } from "@baton/shared/identity";

export type ClaimField = "code" | "orgName";

export type ClaimFormResult =
  { ok: true; request: ClaimSetupRequest } | { ok: false; errors: Partial<Record<ClaimField, string>> };

const CODE_SHAPE = new RegExp(`^[${SETUP_CODE_ALPHABET}]{${SETUP_CODE_LENGTH}}$`);

export const CODE_SHAPE_SENTENCE = `The setup code has ${SETUP_CODE_LENGTH} letters and digits, printed as XXXXX-XXXXX-XXXXX-XXXXX; type it as \`npm run deploy\` printed it.`;

/** The claim to send, or a sentence per field. The code is sent as typed: the API normalises it. */
export function readClaimForm(code: string, orgName: string): ClaimFormResult {
  const errors: Partial<Record<ClaimField, string>> = {};
  const parsed = claimSetupRequestSchema.safeParse({ code, orgName }, { error: describeIssue });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formatPath(issue.path);
      if (field === "code" || field === "orgName") errors[field] ??= issue.message;
    }
  }
  // A typo caught before it costs one of the hour's attempts.
  if (errors.code === undefined && !CODE_SHAPE.test(normalizeSetupCode(code)))
    errors.code = CODE_SHAPE_SENTENCE;
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}

/**
 * The field a refusal of POST /setup/claim concerns: a validation error names it; a wrong code or
 * too many wrong codes are about the code. Anything else (the account, the deployment) is about no
 * field and is shown above the form.
 */
export function claimErrorField(error: {
  code: string;
  field: string | null;
  details: Record<string, unknown>;
}): ClaimField | null {
  if (error.field === "code" || error.field === "orgName") return error.field;
  if (error.code === "rate_limited" || "attemptsLeft" in error.details) return "code";
  return null;
}

/** What the first-run screen says for a deployment that cannot be claimed by this person. */
export function setupStateSentence(state: Exclude<SetupState, "open">, email: string): string {
  return state === "claimed"
    ? `This deployment is set up; ask your Baton admin to add you (you signed in as ${email}).`
    : "This deployment was made without a setup code, so nobody can set it up from here. An operator runs `npm run deploy` again: it prints a one-time setup code to type here.";
}
