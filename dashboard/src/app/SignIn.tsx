import { useState } from "preact/hooks";
import {
  signInAsDemoMember,
  signInWithEmulatorAddress,
  signInWithGoogle,
  type Session,
} from "../auth/session";
import { ErrorLine } from "./ErrorLine";
import { tOf, useTranslator } from "./i18n";
import { localAddressProblem } from "./local-address";

/**
 * Local stack: pick a demo member, or sign in with any address through the Auth emulator (a fresh
 * stack has no members yet: its first person sets it up). Production: Google sign-in.
 */
export function SignIn({ session }: { session: Session }) {
  const translator = useTranslator();
  const t = tOf(translator);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [address, setAddress] = useState("");
  const [addressProblem, setAddressProblem] = useState<string | null>(null);
  const run = (signIn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    signIn().then(
      () => {
        setBusy(false);
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  const local = session.config.emulators !== null;
  const demoMembers = session.config.demoMembers;
  return (
    <main class="signin">
      <h1>{t("dashboard.pageTitle")}</h1>
      <p class="muted">{t("dashboard.signInIntro")}</p>
      {local && demoMembers.length > 0 && (
        <fieldset>
          <legend>{t("dashboard.signInDemo")}</legend>
          {demoMembers.map((email) => (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                run(() => signInAsDemoMember(session, email));
              }}
            >
              {email}
            </button>
          ))}
        </fieldset>
      )}
      {local && (
        <form
          class="toolbar"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const problem = localAddressProblem(address, translator);
            setAddressProblem(problem);
            if (problem === null) run(() => signInWithEmulatorAddress(session, address));
          }}
        >
          <fieldset>
            <legend>{t("dashboard.signInOther")}</legend>
            <label class="field">
              <span>{t("dashboard.emailAddress")}</span>
              <input
                type="email"
                autocomplete="email"
                value={address}
                aria-invalid={addressProblem !== null}
                aria-describedby="local-address-error"
                onInput={(e) => {
                  setAddress(e.currentTarget.value);
                }}
              />
              {addressProblem !== null && (
                <span class="field-error" role="alert" id="local-address-error">
                  {addressProblem}
                </span>
              )}
            </label>
            <button type="submit" disabled={busy}>
              {t("dashboard.signIn")}
            </button>
          </fieldset>
        </form>
      )}
      {!local && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            run(() => signInWithGoogle(session));
          }}
        >
          {t("dashboard.signInGoogle")}
        </button>
      )}
      {error !== null && <ErrorLine error={error} />}
    </main>
  );
}
