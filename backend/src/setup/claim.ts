import type { Firestore } from "firebase-admin/firestore";
import { paths } from "../store/paths";
import { claimDocuments } from "./claim-documents";
import { setupCodeMatches } from "./code";
import { afterWrongCode, lockedUntil, SETUP_CODE_ATTEMPTS, toWrongCodes } from "./lockout";
import { setupPaths } from "./paths";

export interface ClaimRequest {
  email: string;
  memberName: string;
  orgName: string;
  code: string;
  org: string;
  codeSha256: string;
  domains: string[];
  tenants: string[];
  nowMs: number;
}

export type ClaimOutcome =
  | { ok: true }
  | { ok: false; reason: "claimed"; admin: string }
  | { ok: false; reason: "member" }
  | { ok: false; reason: "locked"; retryAtMs: number }
  | { ok: false; reason: "wrong_code"; attemptsLeft: number }
  | { ok: false; reason: "taken"; kind: "domain" | "tenant"; value: string };

/**
 * Claims the deployment in one transaction: every check reads what the writes depend on (the setup
 * record, the caller's account, each domain and tenant), so two claims at once make one org and the
 * other sees it claimed. A wrong code is counted on the setup record in the same transaction, so the
 * lockout holds across instances.
 */
export async function claimDeployment(db: Firestore, request: ClaimRequest): Promise<ClaimOutcome> {
  const { email, nowMs } = request;
  return db.runTransaction(async (tx) => {
    const setupRef = setupPaths.setup(db);
    const indexRefs = [
      ...request.domains.map((value) => ({ kind: "domain" as const, value, ref: paths.domain(db, value) })),
      ...request.tenants.map((value) => ({ kind: "tenant" as const, value, ref: paths.tenant(db, value) })),
    ];
    const [setup, account, ...indexes] = await tx.getAll(
      setupRef,
      paths.account(db, email),
      ...indexRefs.map((entry) => entry.ref),
    );
    const claimedBy: unknown = setup?.get("claimedBy");
    if (typeof claimedBy === "string") return { ok: false, reason: "claimed", admin: claimedBy };
    const accountOrg: unknown = account?.get("org");
    if (typeof accountOrg === "string" && accountOrg !== "") return { ok: false, reason: "member" };
    const wrong = toWrongCodes(setup?.get("wrongCodes"));
    const retryAtMs = lockedUntil(wrong, nowMs);
    if (retryAtMs !== null) return { ok: false, reason: "locked", retryAtMs };
    if (!setupCodeMatches(request.code, request.codeSha256)) {
      const counted = afterWrongCode(wrong, nowMs);
      tx.set(setupRef, { wrongCodes: counted }, { merge: true });
      return {
        ok: false,
        reason: "wrong_code",
        attemptsLeft: Math.max(0, SETUP_CODE_ATTEMPTS - counted.count),
      };
    }
    for (const [i, entry] of indexRefs.entries()) {
      const holder: unknown = indexes[i]?.get("org");
      if (typeof holder === "string" && holder !== "") {
        return { ok: false, reason: "taken", kind: entry.kind, value: entry.value };
      }
    }
    const writes = claimDocuments({
      org: request.org,
      name: request.orgName,
      admin: { email, name: request.memberName },
      domains: request.domains,
      tenants: request.tenants,
      nowMs,
    });
    for (const write of writes) {
      const ref = db.doc(write.path);
      if (write.create === true) tx.create(ref, write.data);
      else tx.set(ref, write.data);
    }
    return { ok: true };
  });
}
