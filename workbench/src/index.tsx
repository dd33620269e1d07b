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
import { collection, getDocs, limit, query } from "firebase/firestore";
import { createApiClient } from "@baton/outlook-addin/src/api/client";
import { idToken, openSession, signInAsDemoMember } from "@baton/outlook-addin/src/auth/session";
import { readConfig } from "@baton/outlook-addin/src/config";
import { GmailCardPanel } from "./gmail-card";
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
const CLIENTS: Record<string, { label: string; client: StandinClient }> = {
  shared: { label: "Names the shared owner (Mailbox 1.13)", client: {} },
  older: { label: "Older: recipients only", client: { sharedProperties: "unavailable" } },
};

async function loadThreads(): Promise<Thread[]> {
  try {
    const answer = await api.queue({ limit: 100 });
    return answer.items;
  } catch {
    // Without /queue, members can still read their org's projections directly (security rules).
    const snapshot = await getDocs(query(collection(session.db, "orgs", org, "conversations"), limit(100)));
    return snapshot.docs.map((d) => {
      const data = d.data() as Partial<Thread>;
      return {
        key: d.id,
        subject: data.subject ?? "(no subject)",
        mailbox: data.mailbox ?? "",
        status: data.status ?? "open",
        assignee: data.assignee ?? null,
        tone: "neutral",
      };
    });
  }
}

async function latestReceived(key: string): Promise<ReceivedMessage | null> {
  const snapshot = await getDocs(collection(session.db, "orgs", org, "conversations", key, "events"));
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

function Workbench() {
  const [member, setMember] = useState<string | null>(null);
  const [choice, setChoice] = useState(config.demoMembers[0] ?? "");
  const [threads, setThreads] = useState<Thread[]>([]);
  const [selected, setSelected] = useState<Thread | null>(null);
  const [paneSrc, setPaneSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<"light" | "dark">(dark.matches ? "dark" : "light");
  const [client, setClient] = useState("shared");
  const frame = useRef<HTMLIFrameElement>(null);

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
      setError(`Could not sign in as ${email}. Is the local stack running and seeded (npm start)?`);
    }
  };

  const open = async (thread: Thread) => {
    if (member === null) return;
    setSelected(thread);
    setError(null);
    const message = await latestReceived(thread.key).catch(() => null);
    if (message === null) {
      setError(`"${thread.subject}" has no received message to open.`);
      return;
    }
    const mailbox = thread.mailbox || "support@demo.baton.test";
    show(standinItemFor(thread.key, message, mailbox));
  };

  const show = (item: StandinItem) => {
    if (member === null) return;
    const target = frame.current?.contentWindow;
    if (paneSrc !== null && target !== null && target !== undefined) {
      // A pinned pane follows the selection: the stand-in fires ItemChanged.
      target.postMessage({ type: STANDIN_SELECT, item, theme }, location.origin);
    } else {
      setPaneSrc(`workbench-pane.html#${paneFragment(item, member, theme, CLIENTS[client]?.client)}`);
    }
  };

  return (
    <div class="workbench">
      <header class="wb-bar">
        <h1 class="subtitle">Baton workbench</h1>
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            setPaneSrc(null);
            void signIn(choice);
          }}
        >
          <label>
            Sign in as
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
            {member === null ? "Sign in" : "Switch"}
          </button>
          <label>
            Outlook client
            <select
              value={client}
              data-testid="workbench-client"
              onChange={(event) => {
                // The client is fixed when the pane loads: reload it with the new one.
                setClient(event.currentTarget.value);
                setPaneSrc(null);
              }}
            >
              {Object.entries(CLIENTS).map(([id, { label }]) => (
                <option key={id} value={id}>
                  {label}
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
            {theme === "dark" ? "Light theme" : "Dark theme"}
          </button>
        </form>
      </header>
      {error !== null && (
        <div class="notice" role="alert">
          {error}
        </div>
      )}
      <div class="wb-columns">
        <nav class="wb-inbox" aria-label="Demo inbox">
          {member === null ? (
            <p class="caption">Sign in as a demo member to see the shared inbox.</p>
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
                    <span class="wb-subject">{thread.subject}</span>
                    <span class="caption">
                      {thread.mailbox} · {thread.status}
                      {thread.assignee === null
                        ? " · unclaimed"
                        : ` · ${thread.assignee.split("@")[0] ?? ""}`}
                    </span>
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
                  <span class="wb-subject">A private message</span>
                  <span class="caption">{member} · no Baton mailbox on it</span>
                </button>
              </li>
            </ul>
          )}
        </nav>
        <section class="wb-panel" aria-label="Outlook task pane">
          <h2 class="caption">Outlook task pane</h2>
          {paneSrc === null ? (
            <p class="caption">Open a thread to load the task pane.</p>
          ) : (
            <iframe ref={frame} title="Baton task pane for Outlook" src={paneSrc} key={member ?? ""} />
          )}
        </section>
        <GmailCardPanel
          signedIn={member}
          conversationKey={selected?.key ?? null}
          apiBaseUrl={config.apiBase}
          token={() => idToken(session)}
        />
      </div>
    </div>
  );
}

const root = document.getElementById("app");
if (root !== null) {
  root.textContent = "";
  render(<Workbench />, root);
}
