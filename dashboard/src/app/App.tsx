import type { Language, Translator } from "@baton/shared/i18n";
import type { User } from "firebase/auth";
import { useEffect, useMemo, useState } from "preact/hooks";
import { ApiError, createApiClient, type ApiClient } from "../api/client";
import { idToken, signOutOfBaton, watchUser, type Session } from "../auth/session";
import { DeadLettersView } from "../connectors/DeadLettersView";
import type { InstallView as InstallViewType } from "../install/InstallView";
import { JobsView } from "../jobs/JobsView";
import { MetricsView } from "../metrics/MetricsView";
import { QueueView } from "../queue/QueueView";
import type { RoutingView as RoutingViewType } from "../routing/RoutingView";
import type { SettingsView as SettingsViewType } from "../settings/SettingsView";
import type { TemplatesView as TemplatesViewType } from "../templates/TemplatesView";
import type * as SetupModule from "../setup/SetupScreens";
import { ErrorLine } from "./ErrorLine";
import { tOf, TranslatorProvider } from "./i18n";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { roleName } from "./role-name";
import { SignIn } from "./SignIn";
import { hashOfTab, tabOfHash, type RouteId } from "./tab-route";
import { Tabs } from "./Tabs";
import type { Me } from "./types";

/** A chunk loaded on first need: the settings, the setup steps and the install page carry code the queue does not. */
function useLazy<T>(wanted: boolean, load: () => Promise<T>, onError: (e: unknown) => void): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!wanted || loaded !== null) return;
    load().then((value) => {
      setLoaded({ value });
    }, onError);
  }, [wanted, loaded]);
  return loaded?.value ?? null;
}

/**
 * The page. `translator` is loaded before the first render (main.tsx); `onLanguage` loads another
 * language's catalogues and re-renders in it (the switcher, or the member's setting from GET /me).
 */
export function App({
  session,
  translator,
  onLanguage,
}: {
  session: Session;
  translator: Translator;
  onLanguage: (language: Language) => Promise<void>;
}) {
  const t = tOf(translator);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Bumped to read /me again (after the first run created the org, or the setup changed the team).
  const [meVersion, setMeVersion] = useState(0);
  // The URL names the tab (#/metrics), so a reload or a shared link keeps it; Back follows it too.
  const [tab, setTabState] = useState<RouteId>(() => tabOfHash(window.location.hash));
  const setTab = (next: RouteId) => {
    setTabState(next);
    if (window.location.hash !== hashOfTab(next)) window.location.hash = hashOfTab(next);
  };
  useEffect(() => {
    const follow = () => {
      setTabState(tabOfHash(window.location.hash));
    };
    window.addEventListener("hashchange", follow);
    return () => {
      window.removeEventListener("hashchange", follow);
    };
  }, []);
  // Signed in but no member: the deployment may still be set up (the first run), or the person must be added.
  const notMember = error instanceof ApiError && error.code === "not_member";
  // Settings and setup carry the API's request schemas (zod, most of their code): loaded on first visit.
  const SettingsView = useLazy<typeof SettingsViewType>(
    tab === "settings",
    () => import("../settings/SettingsView").then((m) => m.SettingsView),
    setError,
  );
  const RoutingView = useLazy<typeof RoutingViewType>(
    tab === "routing",
    () => import("../routing/RoutingView").then((m) => m.RoutingView),
    setError,
  );
  const TemplatesView = useLazy<typeof TemplatesViewType>(
    tab === "templates",
    () => import("../templates/TemplatesView").then((m) => m.TemplatesView),
    setError,
  );
  const Setup = useLazy<typeof SetupModule>(
    notMember || tab === "setup",
    () => import("../setup/SetupScreens"),
    setError,
  );
  const InstallView = useLazy<typeof InstallViewType>(
    tab === "install",
    () => import("../install/InstallView").then((m) => m.InstallView),
    setError,
  );
  const api: ApiClient = useMemo(
    () => createApiClient(session.config.apiBase, () => idToken(session)),
    [session],
  );

  useEffect(() => watchUser(session, setUser), [session]);
  useEffect(() => {
    setError(null);
    if (user === null || user === undefined) {
      setMe(null);
      return;
    }
    api.call("me", {}).then(
      (answer) => {
        setMe(answer);
        // The member's own setting outranks the browser's languages (and a switch made on another device).
        if (answer.language != null && answer.language !== translator.language)
          void onLanguage(answer.language);
      },
      (e: unknown) => {
        setMe(null);
        setError(e);
      },
    );
  }, [user, api, meVersion]);
  const reloadMe = () => {
    setMeVersion((v) => v + 1);
  };

  const chooseLanguage = (language: Language) => {
    void onLanguage(language);
    // Stored as the member's setting when signed in as one, so every client and notification follows it.
    // A backend without PUT /me/language (404/405) leaves the choice to this browser (localStorage).
    if (me !== null)
      api.call("putMyLanguage", { body: { language } }).catch((e: unknown) => {
        if (!(e instanceof ApiError && (e.status === 404 || e.status === 405))) setError(e);
      });
  };
  const switcher = <LanguageSwitcher current={translator.language} onChange={chooseLanguage} />;
  if (user === undefined)
    return (
      <TranslatorProvider translator={translator}>
        <p class="muted">{t("dashboard.loading")}</p>
      </TranslatorProvider>
    );
  if (user === null)
    return (
      <TranslatorProvider translator={translator}>
        <div class="topbar">{switcher}</div>
        <SignIn session={session} />
      </TranslatorProvider>
    );
  const admin = me?.allowed.includes("manage_members") ?? false;
  return (
    <TranslatorProvider translator={translator}>
      <div class="shell">
        <header class="topbar">
          <h1>{t("dashboard.brand")}</h1>
          {me !== null && (
            <Tabs current={tab} onChange={setTab} admin={admin} lead={me.allowed.includes("edit_policies")} />
          )}
          <span class="who">
            {me?.name ?? user.email}{" "}
            {me !== null && <span class="role">{roleName(me.role, translator)}</span>}
            {switcher}
            <button type="button" class="link" onClick={() => void signOutOfBaton(session)}>
              {t("dashboard.signOut")}
            </button>
          </span>
        </header>
        <main id="main" tabIndex={-1}>
          {error !== null && !notMember && <ErrorLine error={error} />}
          {notMember && Setup === null && <p class="muted">{t("dashboard.loading")}</p>}
          {notMember && Setup !== null && (
            <Setup.FirstRun
              api={api}
              onClaimed={() => {
                setTab("setup");
                reloadMe();
              }}
            />
          )}
          {me === null && error === null && <p class="muted">{t("dashboard.loadingTeam")}</p>}
          {me !== null && tab === "queue" && <QueueView api={api} me={me} />}
          {me !== null && tab === "metrics" && <MetricsView api={api} me={me} />}
          {me !== null && tab === "jobs" && <JobsView api={api} />}
          {me !== null && tab === "connectors" && <DeadLettersView api={api} me={me} />}
          {me !== null && tab === "settings" && SettingsView !== null && (
            <SettingsView api={api} me={me} session={session} />
          )}
          {me !== null && tab === "routing" && RoutingView !== null && (
            <RoutingView api={api} me={me} session={session} />
          )}
          {me !== null && tab === "templates" && TemplatesView !== null && (
            <TemplatesView api={api} me={me} />
          )}
          {me !== null && tab === "install" && InstallView !== null && <InstallView api={api} />}
          {me !== null && tab === "setup" && Setup !== null && (
            <Setup.SetupFlow api={api} me={me} session={session} onTeamChanged={reloadMe} />
          )}
        </main>
      </div>
    </TranslatorProvider>
  );
}
