/**
 * The local workbench: a demo inbox of the seeded threads; clicking one opens the real task pane (in
 * an iframe, over the Outlook stand-in) and the Gmail contextual card for the same thread, both
 * against the live local backend. Open two windows signed in as two agents to watch claims race.
 *
 * As in a real tenant, the stand-in's user is the agent (ana@) and the threads live in the shared
 * mailbox (support@): the "Outlook client" choice switches between a client that names the shared
 * owner (getSharedPropertiesAsync) and an older one where the pane falls back to the recipients, and
 * "A private message" opens the agent's own mail, about which the pane must send nothing.
 *
 * The Gmail card runs as in Gmail: its buttons call the add-on's own callbacks over the Apps Script
 * stand-in (gmail-card.tsx), and like Gmail it shows the card as served until an action or Refresh.
 */
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Translator } from "@baton/shared/i18n";
import { collection, getDocs, limit, query } from "firebase/firestore";
import { createApiClient } from "@baton/outlook-addin/src/api/client";
import { idToken, openSession, signInAsDemoMember } from "@baton/outlook-addin/src/auth/session";
import { firestoreOf } from "@baton/outlook-addin/src/live/firestore";
import { readConfig } from "@baton/outlook-addin/src/config";
import { GmailCardPanel } from "./gmail-card";
import { LanguageSelect } from "./language-select";
import {
  hostLanguage,
  initialHostLanguage,
  loadWorkbenchTranslator,
  type HostLanguage,
} from "./host-language";
import { STANDIN_SELECT, STANDIN_THEME } from "./host-standin-entry-constants";
import type { StandinItem } from "@baton/outlook-addin/src/office/host-standin";
import {
  paneFragment,
  privateItemFor,
  standinItemFor,
  type ReceivedMessage,
  type StandinClient,
} from "./thread-item";

interface Thread {
  key: string;
  subject: string;
  mailbox: string;
  status: string;
  assignee: string | null;
  tone: string;
}

const config = readConfig();
const session = openSession(config);
const api = createApiClient({
  baseUrl: config.apiBase,
  getToken: () => idToken(session),
});
const org = config.org ?? "demo";
const dark = matchMedia("(prefers-color-scheme: dark)");
const CLIENTS = {
  shared: { label: "workbench.clientShared", client: {} },
  older: { label: "workbench.clientOlder", client: { sharedProperties: "unavailable" } },
} as const satisfies Record<string, { label: `workbench.${string}`; client: StandinClient }>;
type ClientId = keyof typeof CLIENTS;

async function loadThreads(): Promise<Thread[]> {
  try {
    const answer = await api.queue({ limit: 100 });
    return answer.items;
  } catch {
    // Without /queue, members can still read their org's projections directly (security rules).
    const snapshot = await getDocs(
      query(collection(firestoreOf(session), "orgs", org, "conversations"), limit(100)),
    );
    return snapshot.docs.map((d) => {
      const data = d.data() as Partial<Thread>;
      return {
        key: d.id,
        subject: data.subject ?? "",
        mailbox: data.mailbox ?? "",
        status: data.status ?? "open",
        assignee: data.assignee ?? null,
        tone: "neutral",
      };
    });
  }
}

async function latestReceived(key: string): Promise<ReceivedMessage | null> {
  const snapshot = await getDocs(
    collection(firestoreOf(session), "orgs", org, "conversations", key, "events"),
  );
  const received = snapshot.docs
    .map((d) => d.data() as { type?: string; at?: number } & Partial<ReceivedMessage>)
    .filter((event) => event.type === "message_received" && typeof event.messageId === "string")
    .sort((a, b) => (b.at ?? 0) - (a.at ?? 0))[0];
  if (received === undefined) return null;
  return {
    messageId: received.messageId ?? "",
    from: received.from ?? "customer@example.com",
    subject: received.subject ?? "",
    sentAt: received.sentAt ?? received.at ?? 0,
  };
}

function Workbench({ initial }: { initial: { host: HostLanguage; t: Translator } }) {
  const [{ host, t }, setLanguage] = useState(initial);
  const [member, setMember] = useState<string | null>(null);
  const [choice, setChoice] = useState(config.demoMembers[0] ?? "");
  const [threads, setThreads] = useState<Thread[]>([]);
  const [selected, setSelected] = useState<Thread | null>(null);
  const [paneSrc, setPaneSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<"light" | "dark">(dark.matches ? "dark" : "light");
  const [client, setClient] = useState<ClientId>("shared");
  const [shown, setShown] = useState<StandinItem | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    document.documentElement.lang = t.language;
    document.title = t.t("workbench.pageTitle");
  }, [t]);

  const switchLanguage = async (next: HostLanguage) => {
    const translator = await loadWorkbenchTranslator(next);
    const url = new URL(location.href);
    url.searchParams.set("lang", next.tag);
    history.replaceState(null, "", url);
    setLanguage({ host: next, t: translator });
    // Office reads its display language when the add-in starts: an open pane restarts in the new one.
    if (paneSrc !== null && member !== null)
      setPaneSrc(
        `workbench-pane.html#${paneFragment(shown, member, theme, CLIENTS[client].client, next.office)}`,
      );
  };

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    // The pane follows the page's theme (as Outlook's pane follows the Office theme).
    frame.current?.contentWindow?.postMessage({ type: STANDIN_THEME, theme }, location.origin);
  }, [theme]);
  useEffect(() => {
    const follow = (event: MediaQueryListEvent) => {
      setTheme(event.matches ? "dark" : "light");
    };
    dark.addEventListener("change", follow);
    return () => {
      dark.removeEventListener("change", follow);
    };
  }, []);

  const signIn = async (email: string) => {
    setError(null);
    try {
      await signInAsDemoMember(session, email, config.demoPassword ?? "");
      setMember(email);
      setThreads(await loadThreads());
    } catch {
      setError(t.t("workbench.signInFailed", { email }));
    }
  };

  const open = async (thread: Thread) => {
    if (member === null) return;
    setSelected(thread);
    setError(null);
    const message = await latestReceived(thread.key).catch(() => null);
    if (message === null) {
      setError(t.t("workbench.noReceivedMessage", { subject: thread.subject || t.t("workbench.noSubject") }));
      return;
    }
    const mailbox = thread.mailbox || "support@demo.baton.test";
    show(standinItemFor(thread.key, message, mailbox));
  };

  const show = (item: StandinItem) => {
    if (member === null) return;
    setShown(item);
    const target = frame.current?.contentWindow;
    if (paneSrc !== null && target !== null && target !== undefined) {
      // A pinned pane follows the selection: the stand-in fires ItemChanged.
      target.postMessage({ type: STANDIN_SELECT, item, theme }, location.origin);
    } else {
      setPaneSrc(
        `workbench-pane.html#${paneFragment(item, member, theme, CLIENTS[client].client, host.office)}`,
      );
    }
  };

  return (
    <div class="workbench">
      <header class="wb-bar">
        <h1 class="subtitle">{t.t("workbench.heading")}</h1>
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            setPaneSrc(null);
            void signIn(choice);
          }}
        >
          <label>
            {t.t("workbench.signInAs")}
            <select
              value={choice}
              data-testid="workbench-member"
              onChange={(event) => {
                setChoice(event.currentTarget.value);
              }}
            >
              {config.demoMembers.map((email) => (
                <option key={email} value={email}>
                  {email}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="primary">
            {member === null ? t.t("workbench.signIn") : t.t("workbench.switchMember")}
          </button>
          <label>
            {t.t("workbench.outlookClient")}
            <select
              value={client}
              data-testid="workbench-client"
              onChange={(event) => {
                // The client is fixed when the pane loads: reload it with the new one.
                setClient(event.currentTarget.value as ClientId);
                setPaneSrc(null);
              }}
            >
              {Object.entries(CLIENTS).map(([id, { label }]) => (
                <option key={id} value={id}>
                  {t.t(label)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-pressed={theme === "dark"}
            onClick={() => {
              setTheme(theme === "dark" ? "light" : "dark");
            }}
          >
            {theme === "dark" ? t.t("workbench.lightTheme") : t.t("workbench.darkTheme")}
          </button>
        </form>
        <LanguageSelect
          label={t.t("workbench.languageLabel")}
          value={host.language}
          onChange={(language) => void switchLanguage(hostLanguage(language))}
        />
      </header>
      {error !== null && (
        <div class="notice" role="alert">
          {error}
        </div>
      )}
      <div class="wb-columns">
        <nav class="wb-inbox" aria-label={t.t("workbench.inboxLabel")}>
          {member === null ? (
            <p class="caption">{t.t("workbench.inboxSignedOut")}</p>
          ) : (
            <ul>
              {threads.map((thread) => (
                <li key={thread.key}>
                  <button
                    type="button"
                    class="wb-thread"
                    aria-current={thread.key === selected?.key}
                    data-tone={thread.tone}
                    onClick={() => void open(thread)}
                  >
                    <span class="wb-subject">{thread.subject || t.t("workbench.noSubject")}</span>
                    <span class="caption">{threadCaption(t, thread)}</span>
                  </button>
                </li>
              ))}
              <li>
                <button
                  type="button"
                  class="wb-thread"
                  data-tone="neutral"
                  onClick={() => {
                    setSelected(null);
                    show(privateItemFor(member));
                  }}
                >
                  <span class="wb-subject">{t.t("workbench.privateMessage")}</span>
                  <span class="caption">{t.t("workbench.privateMessageCaption", { member })}</span>
                </button>
              </li>
            </ul>
          )}
        </nav>
        <section class="wb-panel" aria-label={t.t("workbench.paneLabel")}>
          <h2 class="caption">{t.t("workbench.paneLabel")}</h2>
          {paneSrc === null ? (
            <p class="caption">{t.t("workbench.paneEmpty")}</p>
          ) : (
            <iframe
              ref={frame}
              title={t.t("workbench.paneFrameTitle")}
              src={paneSrc}
              // A new language is a new iframe: a changed fragment alone would not restart the pane.
              key={`${member ?? ""}|${host.office}`}
              // A theme toggled while the pane was still loading reached no listener: say it again.
              onLoad={() => {
                frame.current?.contentWindow?.postMessage({ type: STANDIN_THEME, theme }, location.origin);
              }}
            />
          )}
        </section>
        <GmailCardPanel
          signedIn={member}
          conversationKey={selected?.key ?? null}
          apiBaseUrl={config.apiBase}
          token={() => idToken(session)}
          t={t}
          userLocale={host.gmail}
        />
      </div>
    </div>
  );
}

/** "open · ana" or "open · unclaimed": a demo inbox row's second line. */
function threadCaption(t: Translator, thread: Thread): string {
  const status = t.t("workbench.status", { status: thread.status });
  if (thread.assignee === null) return t.t("workbench.threadUnclaimed", { mailbox: thread.mailbox, status });
  const owner = thread.assignee.split("@")[0] ?? "";
  return t.t("workbench.threadOwned", { mailbox: thread.mailbox, status, owner });
}

const root = document.getElementById("app");
if (root !== null) {
  // The words load before the first render, so the page never shows the other language first.
  const host = initialHostLanguage(new URLSearchParams(location.search).get("lang"), navigator.languages);
  void loadWorkbenchTranslator(host).then((t) => {
    root.textContent = "";
    render(<Workbench initial={{ host, t }} />, root);
  });
}
