// The one-time setup code of the emulator deployment: its SHA-256 (of the normalised form) is
// BATON_SETUP_CODE_SHA256 in provider-env.json, as `npm run deploy` writes it for a real project.
// Setup suites and the first-run walk type it into POST /setup/claim.
export const TEST_SETUP_CODE = "7KQ2M-5ETVP-F1R5T-RVN0A";

/** The only domain BATON_SETUP_DOMAINS names: no other suite's org holds it. */
export const SETUP_DOMAIN = "firstrun.test";
