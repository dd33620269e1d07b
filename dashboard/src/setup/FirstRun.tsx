import type { SetupStatus } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { FieldProblem } from "./FieldProblem";
import { claimErrorField, readClaimForm, setupStateSentence, type ClaimField } from "./first-run-form";

/**
 * Signed in, no member: GET /setup says whether this deployment can still be set up. Open: the setup
 * code the deploy printed and the organisation's name make this person its first admin (POST
 * /setup/claim). Claimed or not configured: who to ask, or what an operator must do.
 */
export function FirstRun({ api, onClaimed }: { api: ApiClient; onClaimed: () => void }) {
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [code, setCode] = useState("");
  const [orgName, setOrgName] = useState("");
  const [errors, setErrors] = useState<Partial<Record<ClaimField, string>>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call("getSetup", {}).then(setStatus, setFailure);
  }, [api]);

  const submit = (event: Event) => {
    event.preventDefault();
    setFailure(null);
    const result = readClaimForm(code, orgName);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    api.call("claimSetup", { body: result.request }).then(
      () => {
        setBusy(false);
        onClaimed();
      },
      (e: unknown) => {
        setBusy(false);
        const field = e instanceof ApiError ? claimErrorField(e) : null;
        if (field !== null && e instanceof ApiError) setErrors({ [field]: e.message });
        else setFailure(e);
      },
    );
  };

  if (status === null)
    return failure === null ? <p class="muted">Checking this deployment…</p> : <ErrorLine error={failure} />;
  if (status.member) {
    return (
      <p class="notice">
        {status.email} is a member now; <a href="#/queue">open the dashboard</a> (reload if it does not open).
      </p>
    );
  }
  if (status.state !== "open") {
    return (
      <section aria-labelledby="first-run-title" class="first-run">
        <h2 id="first-run-title">{status.state === "claimed" ? "Not a member yet" : "Not set up"}</h2>
        <p class="notice">{setupStateSentence(status.state, status.email)}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="first-run-title" class="first-run">
      <h2 id="first-run-title">Set up Baton</h2>
      <p>
        This deployment has no organisation yet. Type the one-time setup code that <code>npm run deploy</code>{" "}
        printed and name your organisation: you ({status.email}) become its first admin
        {status.domains.length > 0 ? `, and it holds ${status.domains.join(", ")}` : ""}.
      </p>
      {failure !== null && <ErrorLine error={failure} />}
      <form onSubmit={submit} noValidate>
        <label class="field">
          <span>Setup code</span>
          <input
            value={code}
            autocomplete="off"
            spellcheck={false}
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
            aria-invalid={errors.code !== undefined}
            aria-describedby="err-setup-code"
            onInput={(e) => {
              setCode(e.currentTarget.value);
            }}
          />
          <FieldProblem id="err-setup-code" message={errors.code} />
        </label>
        <label class="field">
          <span>Organisation name</span>
          <input
            value={orgName}
            autocomplete="organization"
            aria-invalid={errors.orgName !== undefined}
            aria-describedby="err-org-name"
            onInput={(e) => {
              setOrgName(e.currentTarget.value);
            }}
          />
          <FieldProblem id="err-org-name" message={errors.orgName} />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create the organisation"}
        </button>
      </form>
    </section>
  );
}
