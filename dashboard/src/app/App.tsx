import type { User } from "firebase/auth";
import { useEffect, useMemo, useState } from "preact/hooks";
import { createApiClient, type ApiClient } from "../api/client";
import { idToken, signOutOfBaton, watchUser, type Session } from "../auth/session";
import { DeadLettersView } from "../connectors/DeadLettersView";
import { JobsView } from "../jobs/JobsView";
import { MetricsView } from "../metrics/MetricsView";
import { QueueView } from "../queue/QueueView";
import type { SettingsView as SettingsViewType } from "../settings/SettingsView";
import { ErrorLine } from "./ErrorLine";
import { SignIn } from "./SignIn";
import { hashOfTab, tabOfHash } from "./tab-route";
import { Tabs, type TabId } from "./Tabs";
import type { Me } from "./types";

export function App({ session }: { session: Session }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The URL names the tab (#/metrics), so a reload or a shared link keeps it; Back follows it too.
  const [tab, setTabState] = useState<TabId>(() => tabOfHash(window.location.hash));
  const setTab = (next: TabId) => {
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
  // Settings carry the API's request schemas (zod, most of the settings code): loaded on first visit.
  const [SettingsView, setSettingsView] = useState<typeof SettingsViewType | null>(null);
  useEffect(() => {
    if (tab !== "settings" || SettingsView !== null) return;
    import("../settings/SettingsView").then((m) => {
      setSettingsView(() => m.SettingsView);
    }, setError);
  }, [tab, SettingsView]);
  const api: ApiClient = useMemo(
    () => createApiClient(session.config.apiBase, () => idToken(session)),
    [session],
  );

  useEffect(() => watchUser(session, setUser), [session]);
  useEffect(() => {
    setMe(null);
    setError(null);
    if (user === null || user === undefined) return;
    api.call("me", {}).then(setMe, setError);
  }, [user, api]);

  if (user === undefined) return <p class="muted">Loading…</p>;
  if (user === null) return <SignIn session={session} />;
  return (
    <div class="shell">
      <header class="topbar">
        <h1>Baton</h1>
        {me !== null && <Tabs current={tab} onChange={setTab} />}
        <span class="who">
          {me?.name ?? user.email} {me !== null && <span class="role">{me.role}</span>}
          <button type="button" class="link" onClick={() => void signOutOfBaton(session)}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {error !== null && <ErrorLine error={error} />}
        {me === null && error === null && <p class="muted">Loading your team…</p>}
        {me !== null && tab === "queue" && <QueueView api={api} me={me} />}
        {me !== null && tab === "metrics" && <MetricsView api={api} me={me} />}
        {me !== null && tab === "jobs" && <JobsView api={api} />}
        {me !== null && tab === "connectors" && <DeadLettersView api={api} me={me} />}
        {me !== null && tab === "settings" && SettingsView !== null && (
          <SettingsView api={api} me={me} session={session} />
        )}
      </main>
    </div>
  );
}
