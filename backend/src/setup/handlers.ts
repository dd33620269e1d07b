import { clientSignInSchema, type InstallInfo } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { domainOf, type VerifiedIdentity } from "../auth/identity";
import { resolveMember } from "../auth/resolve-member";
import { syncClaims } from "../handlers/admin";
import type { ServerDeps } from "../handlers/deps";
import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { ApiFailure } from "../http/types";
import { forgetDirectory, orgIdentityOf } from "../store/directory";
import { paths } from "../store/paths";
import { claimDeployment } from "./claim";
import { entraClientId, setupConfigFromEnv } from "./config";
import { importMembers } from "./import-members";
import { newOrgId } from "./org-id";
import { setupPaths, type Client } from "./paths";
import { claimRefusal, NOT_CONFIGURED, NOT_FROM_DASHBOARD, outsideDomains, type Refusal } from "./refusals";

type Env = Readonly<Record<string, string | undefined>>;

function refuse(refusal: Refusal): never {
  fail(refusal.code, refusal.key, refusal.params, refusal.details);
}

/** GET /setup, POST /setup/claim, POST /members/import, GET /setup/install (issue 15). */
export function setupHandlers(
  deps: ServerDeps,
  env: Env = process.env,
): Pick<Handlers, "getSetup" | "claimSetup" | "importMembers" | "getInstall"> {
  return {
    async getSetup({ identity }) {
      const config = setupConfigFromEnv(env);
      const claimedBy: unknown = (await setupPaths.setup(deps.db).get()).get("claimedBy");
      const state =
        typeof claimedBy === "string" ? "claimed" : config.codeSha256 === null ? "not_configured" : "open";
      return {
        state,
        email: addressOf(identity) ?? "",
        member: await isMember(deps.db, identity),
        domains: config.domains,
      };
    },

    async claimSetup({ identity, body, nowMs }) {
      const config = setupConfigFromEnv(env);
      // Only the dashboard's Firebase sign-in (a verified address from an allowed provider) claims:
      // a sidebar's Microsoft token carries no address Entra guarantees.
      if (identity.kind !== "firebase") refuse(NOT_FROM_DASHBOARD);
      if (config.codeSha256 === null) refuse(NOT_CONFIGURED);
      const { email } = identity;
      if (!config.domains.includes(domainOf(email))) refuse(outsideDomains(email, config.domains));
      const org = newOrgId(body.orgName);
      const outcome = await claimDeployment(deps.db, {
        email,
        memberName: identity.name ?? email,
        orgName: body.orgName,
        code: body.code,
        org,
        codeSha256: config.codeSha256,
        domains: config.domains,
        tenants: config.tenants,
        nowMs,
      });
      if (!outcome.ok) refuse(claimRefusal(outcome, email, nowMs));
      forgetDirectory();
      await syncClaims(deps, email, org, "admin");
      return { org, name: body.orgName, admin: email, domains: config.domains, tenants: config.tenants };
    },

    async importMembers({ principal, body }) {
      const { written, ...result } = await importMembers(deps.db, principal.org, body.members);
      forgetDirectory();
      await syncImportedClaims(deps, principal.org, written);
      return result;
    },

    async getInstall({ principal }) {
      const config = setupConfigFromEnv(env);
      const [orgDoc, identity, outlook, gmail] = await Promise.all([
        paths.org(deps.db, principal.org).get(),
        orgIdentityOf(deps.db, principal.org),
        firstSignIn(deps.db, principal.org, "outlook"),
        firstSignIn(deps.db, principal.org, "gmail"),
      ]);
      const name: unknown = orgDoc.get("name");
      const info: InstallInfo = {
        org: { id: principal.org, name: typeof name === "string" ? name : principal.org },
        apiBase: config.apiBase ?? "",
        hostingOrigin: config.hostingOrigin,
        outlook: {
          manifestUrl: config.hostingOrigin === null ? null : `${config.hostingOrigin}/manifest.xml`,
          clientId: entraClientId(config.msAudiences),
          tenants: identity.tenants,
          firstSignIn: outlook,
        },
        gmail: {
          deploymentId: config.gmailDeploymentId,
          oauthClientIds: config.googleAudiences,
          firstSignIn: gmail,
        },
      };
      return info;
    },
  };
}

/**
 * As PUT /members/{email} does for one member: the imported members who have signed in before get
 * their `{org, role}` claims (hints for the pane), found with one Auth lookup for the whole batch.
 */
async function syncImportedClaims(
  deps: ServerDeps,
  org: string,
  rows: readonly { email: string; role: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const roles = new Map(rows.map((row) => [row.email, row.role]));
  const { users } = await deps.auth.getUsers(rows.map((row) => ({ email: row.email })));
  await Promise.all(
    users.map(async (user) => {
      const role = roles.get(user.email?.toLowerCase() ?? "");
      // Only a verified sign-in gets claims: an unverified account holding the address is someone else's.
      if (role === undefined || !user.emailVerified) return;
      await deps.auth.setCustomUserClaims(user.uid, { ...user.customClaims, org, role });
    }),
  );
}

/** The address a verified identity vouches for; a Microsoft token's is only a hint. */
function addressOf(identity: VerifiedIdentity): string | null {
  return identity.kind === "microsoft" ? identity.claimedEmail : identity.email;
}

/** Whether the API would take this identity as a member: the same resolution every route uses. */
async function isMember(db: Firestore, identity: VerifiedIdentity): Promise<boolean> {
  try {
    await resolveMember(db, identity);
    return true;
  } catch (error) {
    if (error instanceof ApiFailure && error.error.code === "not_member") return false;
    throw error;
  }
}

async function firstSignIn(
  db: Firestore,
  org: string,
  client: Client,
): Promise<InstallInfo["outlook"]["firstSignIn"]> {
  const parsed = clientSignInSchema.safeParse((await setupPaths.clientSignIn(db, org, client).get()).data());
  return parsed.success ? parsed.data : null;
}
