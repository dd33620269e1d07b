import { useEffect, useMemo, useState } from "preact/hooks";
import { createApiClient } from "../api/client";
import { fetchForTarget } from "../api/local-client";
import { resolveIdentity } from "../auth/identity";
import {
  idToken,
  openSession,
  signInAsDemoMember,
  signInWithBackendToken,
  type Session,
} from "../auth/session";
import type { BatonConfig } from "../config";
import { subscribeToConversation } from "../live/subscribe";
import { followSelection, openConversation, openItemId, readOpenItem } from "../office/adapter";
import { lastUncheckedSend, rememberForSend } from "../office/send-event";
import { getSsoToken, openSignInDialog, SignInDialogError, SsoUnavailableError } from "../office/sign-in";
import type { HostInfo } from "../office/types";
import { AwayControl } from "./components/AwayControl";
import { MyWork } from "./components/MyWork";
import { Notice } from "./components/Notice";
import { Pane } from "./components/Pane";
import { SendCheckNotice } from "./components/SendCheckNotice";
import { SignIn } from "./components/SignIn";
import { computeView, fromApiView, tickText } from "./compute-view";
import { PaneController, sentenceFor, type PaneState } from "./controller";
import { readerZone } from "./live-notices";

export interface AppProps {
  config: BatonConfig;
  host: HostInfo;
  /** Local stack only: sign in as this demo member straight away (the workbench passes it). */
  autoSignInAs: string | null;
}

type Phase =
  { name: "signin"; busy: boolean; error: string | null } | { name: "pane"; controller: PaneController };

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Outlook item ids of conversations seen in this pane, so "My work" can reopen them in Outlook. */
const itemIds = new Map<string, string>();

export function App({ config, host, autoSignInAs }: AppProps) {
  const session = useMemo(() => openSession(config), [config]);
  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: config.apiBase,
        getToken: () => idToken(session),
        fetchImpl: fetchForTarget(config.target),
      }),
    [config, session],
  );
  const [phase, setPhase] = useState<Phase>({ name: "signin", busy: autoSignInAs !== null, error: null });

  const start = async (signIn: (session: Session) => Promise<unknown>) => {
    setPhase({ name: "signin", busy: true, error: null });
    try {
      await signIn(session);
      const user = session.auth.currentUser;
      if (user === null) throw new Error("Sign-in did not complete.");
      const identity = await resolveIdentity(api.me);
      const controller = new PaneController({
        api,
        identity,
        timeZone,
        readerZone: readerZone(),
        now: () => Date.now(),
        readItem: () => readOpenItem(host),
        computeView,
        fromApiView,
        subscribe: (key, listeners) => subscribeToConversation(session, identity.org, key, listeners),
        remember: (item, key) => {
          const itemId = openItemId();
          if (itemId !== null) itemIds.set(key, itemId);
          if (item.conversationId === null) return;
          const value = { key, lastMessageId: item.internetMessageId };
          rememberForSend(item.conversationId, value).catch(() => {
            // Only the send-time Smart Alert needs it; the pane works without.
          });
        },
      });
      followSelection(host, () => void controller.open());
      // Hiding the pane (closed, navigated away) ends "is viewing" for teammates at once.
      addEventListener("pagehide", () => {
        controller.leave();
      });
      setPhase({ name: "pane", controller });
      await controller.open();
    } catch (error) {
      setPhase({ name: "signin", busy: false, error: signInSentence(error) });
    }
  };

  const demoSignIn = (email: string) =>
    void start((s) => signInAsDemoMember(s, email, config.demoPassword ?? ""));

  const microsoftSignIn = () =>
    void start(async (s) => {
      let customToken: string;
      try {
        customToken = (await api.exchange("microsoft", await getSsoToken())).customToken;
      } catch (error) {
        // SSO unavailable (old client, consent refused): the dialog signs in and hands back a token.
        if (!(error instanceof SsoUnavailableError)) throw error;
        customToken = await openSignInDialog(`${location.origin}/signin.html`);
      }
      return signInWithBackendToken(s, customToken);
    });

  useEffect(() => {
    if (autoSignInAs !== null) demoSignIn(autoSignInAs);
    else if (config.demoMembers.length === 0) microsoftSignIn();
    // Runs once per pane: a new member means a new pane.
  }, []);

  if (phase.name === "signin") {
    return (
      <SignIn
        demoMembers={config.demoMembers}
        busy={phase.busy}
        error={phase.error}
        onDemoSignIn={demoSignIn}
        onMicrosoftSignIn={microsoftSignIn}
      />
    );
  }
  return (
    <>
      <SendCheckNotice source={lastUncheckedSend} />
      <AwayControl
        initial={phase.controller.awayUntil}
        timeZone={timeZone}
        now={Date.now}
        onSet={(awayUntil) => phase.controller.setAway(awayUntil)}
      />
      <ControlledPane controller={phase.controller} />
    </>
  );
}

function signInSentence(error: unknown): string {
  // The sign-in dialog's own sentence (closed, blocked, not a member, ...).
  if (error instanceof SignInDialogError) return error.message;
  const code = (error as { code?: unknown }).code;
  if (code === "auth/invalid-credential" || code === "auth/wrong-password" || code === "auth/user-not-found")
    return "That demo member could not sign in. Is the local stack seeded?";
  if (code === "auth/network-request-failed")
    return "Baton's sign-in service could not be reached. Try again.";
  return sentenceFor(error);
}

function ControlledPane({ controller }: { controller: PaneController }) {
  const [state, setState] = useState<PaneState>(controller.getState());
  const [nowMs, setNowMs] = useState(Date.now());
  useEffect(() => {
    const stop = controller.onChange(setState);
    // The controller may have moved on before this effect subscribed (a private thread needs no
    // round trip): catch up, or the pane would show its first state forever.
    setState(controller.getState());
    return stop;
  }, [controller]);
  useEffect(() => {
    // Countdowns tick locally from their deadline; no server round trip per second.
    const timer = setInterval(() => {
      setNowMs(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const readyKey = state.phase === "ready" ? state.key : null;
  const loadMyWork = useMemo(() => () => controller.myWork(), [controller]);
  useEffect(() => {
    if (readyKey === null) return;
    document.body.dataset.ready = readyKey;
    // The benchmark's figure: item open -> owner + countdown on screen.
    if (performance.getEntriesByName("baton:item-open", "mark").length > 0) {
      performance.measure("baton:item-to-owner", "baton:item-open");
      performance.clearMarks("baton:item-open");
    }
  }, [readyKey]);

  switch (state.phase) {
    case "empty":
      return (
        <MyWork
          load={loadMyWork}
          caption={state.text}
          timeZone={timeZone}
          nowMs={nowMs}
          onOpen={(item) => {
            void controller.openedFromMyWork(item.key);
            openConversation(itemIds.get(item.key) ?? null, item.subject);
          }}
        />
      );
    case "loading":
      return (
        <main class="pane">
          <p class="skeleton" role="status">
            {state.text}
          </p>
        </main>
      );
    case "private":
      return (
        <main class="pane">
          <p class="caption" role="status" data-testid="not-team-thread">
            {state.text}
          </p>
        </main>
      );
    case "failed":
      return (
        <main class="pane">
          <Notice notice={state.notice} />
        </main>
      );
    case "ready":
      return (
        <Pane
          view={state.view}
          members={controller.members}
          nowMs={nowMs}
          tickText={tickText(state.view.zones ?? state.view.timeZone)}
          busy={state.busy}
          notice={state.notice}
          onDismissNotice={() => {
            controller.dismissNotice();
          }}
          onCommand={(command) => controller.run(command)}
        />
      );
  }
}
