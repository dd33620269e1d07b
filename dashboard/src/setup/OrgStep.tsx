import type { OrgIdentityResponse } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import { FieldProblem } from "./FieldProblem";
import { domainProofSentence, readAddDomain } from "./org-identity-form";

/**
 * The organisation as the claim made it (its domains and Microsoft tenants, from the deploy's
 * config), and adding another domain through PUT /org/identity with the proof it asks for.
 */
export function OrgStep({ api, me }: { api: ApiClient; me: Me }) {
  const [identity, setIdentity] = useState<OrgIdentityResponse | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [domain, setDomain] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<string | null>(null);
  const editable = me.allowed.includes("manage_members");

  useEffect(() => {
    api.call("getOrgIdentity", {}).then(setIdentity, setFailure);
  }, [api]);

  const add = (event: Event) => {
    event.preventDefault();
    if (identity === null) return;
    setStatus(null);
    const result = readAddDomain(identity, domain);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setProblem(undefined);
    api.call("putOrgIdentity", { body: result.request }).then(
      (next) => {
        setIdentity(next);
        setStatus(`${domain.trim().toLowerCase()} added.`);
        setDomain("");
      },
      (e: unknown) => {
        // Every refusal of a new domain is about the domain typed: said beside it.
        if (e instanceof ApiError) setProblem(e.message);
        else setFailure(e);
      },
    );
  };

  return (
    <section aria-labelledby="setup-org-title">
      <h3 id="setup-org-title">Organisation</h3>
      <p>
        Organisation <strong>{me.org}</strong>, you are its {me.role}.
      </p>
      {failure !== null && <ErrorLine error={failure} />}
      {identity !== null && (
        <>
          <dl class="facts">
            <dt>Email domains</dt>
            <dd>{identity.domains.length === 0 ? "none" : identity.domains.join(", ")}</dd>
            <dt>Microsoft tenants</dt>
            <dd>
              {identity.tenants.length === 0
                ? "none (Outlook sign-ins from Microsoft 365 need the tenant in the deploy's config)"
                : identity.tenants.join(", ")}
            </dd>
          </dl>
          {editable && (
            <form onSubmit={add} noValidate class="toolbar">
              <p class="muted">{domainProofSentence(me.email, me.org)}</p>
              <label class="field">
                <span>Add a domain</span>
                <input
                  value={domain}
                  placeholder="acme.example"
                  aria-invalid={problem !== undefined}
                  aria-describedby="err-add-domain"
                  onInput={(e) => {
                    setDomain(e.currentTarget.value);
                  }}
                />
                <FieldProblem id="err-add-domain" message={problem} />
              </label>
              <button type="submit">Add domain</button>
            </form>
          )}
          {status !== null && <p role="status">{status}</p>}
        </>
      )}
    </section>
  );
}
