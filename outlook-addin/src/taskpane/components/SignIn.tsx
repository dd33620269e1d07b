import { useState } from "preact/hooks";

export interface SignInProps {
  /** Local stack: the demo members to sign in as; empty in production. */
  demoMembers: string[];
  busy: boolean;
  error: string | null;
  onDemoSignIn: (email: string) => void;
  onMicrosoftSignIn: () => void;
}

export function SignIn({ demoMembers, busy, error, onDemoSignIn, onMicrosoftSignIn }: SignInProps) {
  const [email, setEmail] = useState(demoMembers[0] ?? "");
  return (
    <main class="pane">
      <h1 class="title">Baton</h1>
      <p>Sign in to see who owns this conversation and when a reply is due.</p>
      {error !== null && (
        <div class="notice" role="alert">
          {error}
        </div>
      )}
      {demoMembers.length > 0 ? (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            onDemoSignIn(email);
          }}
        >
          <label>
            Sign in as
            <select
              value={email}
              data-testid="demo-member"
              onChange={(event) => {
                setEmail(event.currentTarget.value);
              }}
            >
              {demoMembers.map((member) => (
                <option key={member} value={member}>
                  {member}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="primary" disabled={busy}>
            Sign in
          </button>
        </form>
      ) : (
        <button type="button" class="primary" disabled={busy} onClick={onMicrosoftSignIn}>
          Sign in with Microsoft
        </button>
      )}
    </main>
  );
}
