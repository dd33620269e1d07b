import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import type { Me } from "../app/types";
import type { Session } from "../auth/session";
import { MailboxEditor } from "../settings/MailboxEditor";
import { MembersEditor } from "../settings/MembersEditor";
import { MemberImport } from "./MemberImport";
import { OrgStep } from "./OrgStep";
import { hashOfStep, neighbours, SETUP_STEPS, stepOfHash, type SetupStep } from "./steps";

/**
 * The setup steps after the first run, and again from Settings: the organisation, mailboxes, members
 * (one by one or from a CSV), then the install page. Each step is the settings' own editor, so what
 * the setup made is edited later with the same screens.
 */
export function SetupFlow({
  api,
  me,
  session,
  onTeamChanged,
}: {
  api: ApiClient;
  me: Me;
  session: Session;
  /** Mailboxes or members changed: GET /me is read again (menus, member checks). */
  onTeamChanged: () => void;
}) {
  const [step, setStepState] = useState<SetupStep>(() => stepOfHash(window.location.hash));
  useEffect(() => {
    const follow = () => {
      setStepState(stepOfHash(window.location.hash));
    };
    window.addEventListener("hashchange", follow);
    return () => {
      window.removeEventListener("hashchange", follow);
    };
  }, []);
  const go = (next: SetupStep) => {
    setStepState(next);
    window.location.hash = hashOfStep(next);
    document.getElementById("setup-step")?.focus();
  };
  const { previous, next } = neighbours(step);
  const canMailboxes = me.allowed.includes("manage_mailboxes");
  const canMembers = me.allowed.includes("manage_members");

  return (
    <section aria-labelledby="setup-title" class="settings setup">
      <h2 id="setup-title">Set up your team</h2>
      <nav aria-label="Setup steps">
        <ol class="steps">
          {SETUP_STEPS.map(([id, label], index) => (
            <li>
              <a href={hashOfStep(id)} aria-current={id === step ? "step" : undefined}>
                {index + 1}. {label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div id="setup-step" tabIndex={-1}>
        {step === "organisation" && <OrgStep api={api} me={me} />}
        {step === "mailboxes" && (
          <MailboxEditor
            api={api}
            me={me}
            session={session}
            editable={canMailboxes}
            onCreated={onTeamChanged}
          />
        )}
        {step === "members" && (
          <>
            <MembersEditor key={me.members.length} api={api} me={me} editable={canMembers} />
            {canMembers && <MemberImport api={api} onImported={onTeamChanged} />}
          </>
        )}
        {step === "finish" && (
          <section aria-labelledby="setup-finish-title">
            <h3 id="setup-finish-title">Next: install the add-ins</h3>
            <p>
              Your team has {me.mailboxes.length} {me.mailboxes.length === 1 ? "mailbox" : "mailboxes"} and{" "}
              {me.members.length} {me.members.length === 1 ? "member" : "members"}. What each admin does next,
              with this deployment's values, is on the install page.
            </p>
            <a class="button" href="#/install">
              Open the install page
            </a>
          </section>
        )}
      </div>
      <div class="toolbar">
        {previous !== null && (
          <button
            type="button"
            onClick={() => {
              go(previous);
            }}
          >
            Back
          </button>
        )}
        {next !== null && (
          <button
            type="button"
            onClick={() => {
              go(next);
            }}
          >
            Next
          </button>
        )}
      </div>
    </section>
  );
}
