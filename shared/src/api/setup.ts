/**
 * The first run of a deployment and the admin's first hour (issue 15):
 * - GET /setup: whether this deployment can still be set up, and whether the signed-in person is a
 *   member already. Any verified identity may ask (the person is not a member yet).
 * - POST /setup/claim: the first person who signs in with an address in one of the deployment's org
 *   domains and the one-time code the deploy printed becomes the admin of a new org holding those
 *   domains and tenants. Once claimed, never again.
 * - POST /members/import: members from a pasted CSV, in batches, each row created, updated,
 *   unchanged or skipped with the reason.
 * - GET /setup/install: what each admin does next, with this deployment's values, and whether each
 *   sidebar has called the API yet.
 */
import { z } from "zod";
import { SETTINGS_LIMITS } from "../limits/settings";
import { SETUP_LIMITS } from "../limits/setup";
import { roleSchema } from "./admin";
import { emailSchema } from "./primitives";

/**
 * open: a setup code is configured and no org was created with it yet; claimed: setup is done (sign
 * in as a member, or ask the admin to add you); not_configured: the deployment was made without a
 * setup code (an org is created by an admin of the project, see docs/deploy-firebase.md).
 */
export const SETUP_STATES = ["open", "claimed", "not_configured"] as const;
export type SetupState = (typeof SETUP_STATES)[number];

export const setupStatusResponseSchema = z.object({
  state: z.enum(SETUP_STATES),
  /** The signed-in person's verified address. */
  email: z.string(),
  /** Whether that address is a member of an org already (then the dashboard opens as usual). */
  member: z.boolean(),
  /** The email domains this deployment was configured for (baton.config.json `orgDomains`). */
  domains: z.array(z.string()),
});

export const claimSetupRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, { error: "type the setup code the deploy printed" })
    .max(SETUP_LIMITS.setupCodeLength.value),
  orgName: z
    .string()
    .trim()
    .min(1, { error: "give your organisation a name" })
    .max(SETUP_LIMITS.orgNameLength.value),
});

export const claimSetupResponseSchema = z.object({
  org: z.string(),
  name: z.string(),
  /** The signed-in person, now the org's first admin. */
  admin: z.string(),
  domains: z.array(z.string()),
  tenants: z.array(z.string()),
});

export const memberImportRowSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(SETTINGS_LIMITS.nameLength.value),
  role: roleSchema,
});

export const importMembersRequestSchema = z.strictObject({
  members: z.array(memberImportRowSchema).min(1).max(SETUP_LIMITS.memberImportBatch.value),
});

export const importMembersResponseSchema = z.object({
  created: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
  /** Rows not written, each with the sentence that says why (another org's member, outside the domains, ...). */
  skipped: z.array(z.object({ email: z.string(), reason: z.string() })),
});

/** When a sidebar first called the API for this org, and as whom. */
export const clientSignInSchema = z.object({ at: z.number(), by: z.string() });

export const installResponseSchema = z.object({
  org: z.object({ id: z.string(), name: z.string() }),
  apiBase: z.string(),
  /** The deployment's Hosting origin (dashboard, add-in pages); null on a deployment made without one. */
  hostingOrigin: z.string().nullable(),
  outlook: z.object({
    /** The production manifest for Microsoft 365 admin center > Integrated apps, served by Hosting. */
    manifestUrl: z.string().nullable(),
    /** The Entra application (client) id the pane's SSO tokens are for (BATON_MS_AUDIENCE). */
    clientId: z.string().nullable(),
    tenants: z.array(z.string()),
    firstSignIn: clientSignInSchema.nullable(),
  }),
  gmail: z.object({
    /** The Apps Script deployment id to enter in the Marketplace SDK's App Configuration. */
    deploymentId: z.string().nullable(),
    /** The OAuth client id(s) of the Apps Script project (BATON_GOOGLE_AUDIENCE). */
    oauthClientIds: z.array(z.string()),
    firstSignIn: clientSignInSchema.nullable(),
  }),
});

export type SetupStatus = z.output<typeof setupStatusResponseSchema>;
export type ClaimSetupRequest = z.input<typeof claimSetupRequestSchema>;
export type ImportMembersRequest = z.input<typeof importMembersRequestSchema>;
export type ImportMembersResponse = z.output<typeof importMembersResponseSchema>;
export type InstallInfo = z.output<typeof installResponseSchema>;

/** Route entries, registered in routes.ts beside the contract's own. */
export const setupRoutes = {
  getSetup: {
    method: "GET",
    path: "/setup",
    auth: true,
    permission: null,
    identity: true,
    query: z.strictObject({}),
    response: setupStatusResponseSchema,
  },
  claimSetup: {
    method: "POST",
    path: "/setup/claim",
    auth: true,
    permission: null,
    identity: true,
    body: claimSetupRequestSchema,
    response: claimSetupResponseSchema,
  },
  importMembers: {
    method: "POST",
    path: "/members/import",
    auth: true,
    permission: "manage_members",
    refusal: "import members",
    body: importMembersRequestSchema,
    response: importMembersResponseSchema,
  },
  getInstall: {
    method: "GET",
    path: "/setup/install",
    auth: true,
    permission: "manage_members",
    refusal: "see how the add-ins are installed; only admins can",
    query: z.strictObject({}),
    response: installResponseSchema,
  },
} as const;
