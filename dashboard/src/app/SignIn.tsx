import { useState } from "preact/hooks";
import { signInAsDemoMember, signInWithGoogle, type Session } from "../auth/session";
import { ErrorLine } from "./ErrorLine";

/** Local stack: pick a demo member (Auth emulator). Production: Google sign-in. */
export function SignIn({ session }: { session: Session }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
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
  return (
    <main class="signin">
      <h1>Baton dashboard</h1>
      <p class="muted">The team's queue, SLA attainment and trends, and the rules behind them.</p>
      {local ? (
        <fieldset>
          <legend>Sign in as a demo member (local stack)</legend>
          {session.config.demoMembers.map((email) => (
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
      ) : (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            run(() => signInWithGoogle(session));
          }}
        >
          Sign in with Google
        </button>
      )}
      {error !== null && <ErrorLine error={error} />}
    </main>
  );
}
