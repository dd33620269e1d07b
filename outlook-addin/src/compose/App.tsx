/**
 * The compose-mode pane: search the team's templates (type, arrows, Enter), render the chosen one for
 * this conversation, show what could not be filled before anything is inserted, then insert it at the
 * cursor in the body's own format. Above it, while open, who else is replying or just replied.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { RenderTemplateResponse, Template } from "@baton/shared/api";
import type { ComposeApi } from "./api";
import { readBodyFormat, insertIntoBody } from "./host";
import { insertionFor, missingSentence } from "./insert";
import { ReplyingPresence, type ReplyingUpdate } from "./replying";
import { composeWarnings } from "./warnings";

/**
 * Search waits this long after the last keystroke: a word typed at speed is one request, and the
 * list still follows the typing (GET /templates answers in one bounded read).
 */
export const SEARCH_DEBOUNCE_MS = 150;

export interface ComposeAppProps {
  api: ComposeApi;
  /** The Baton conversation this reply answers. */
  conversationKey: string;
  me: string;
  now?: () => number;
}

type Preview = { template: Template; rendered: RenderTemplateResponse };

export function ComposeApp({ api, conversationKey, me, now = () => Date.now() }: ComposeAppProps) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Template[] | null>(null);
  const [active, setActive] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [live, setLive] = useState<ReplyingUpdate>({ presence: [], conversation: null });
  const [members, setMembers] = useState<{ email: string; name?: string }[]>([]);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const mailbox = live.conversation?.mailbox ?? null;

  useEffect(() => {
    const presence = new ReplyingPresence({ api, onUpdate: setLive });
    presence.start(conversationKey);
    const leave = () => {
      presence.stop();
    };
    addEventListener("pagehide", leave);
    api.me().then(
      (answer) => {
        setMembers(answer.members);
      },
      () => {
        // Without members the warnings name addresses instead of names.
      },
    );
    return () => {
      removeEventListener("pagehide", leave);
      presence.stop();
    };
  }, [api, conversationKey]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api.searchTemplates(query, mailbox).then(
        (found) => {
          if (!current) return;
          setResults(found);
          setActive(0);
        },
        (error: unknown) => {
          if (current) setNotice({ kind: "error", text: (error as Error).message });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, mailbox]);

  useEffect(() => {
    if (preview !== null) confirmRef.current?.focus();
  }, [preview]);

  const insert = async (chosen: Preview) => {
    setBusy(true);
    try {
      await insertIntoBody(insertionFor(chosen.rendered, await readBodyFormat()));
      setPreview(null);
      setNotice({ kind: "info", text: `Inserted “${chosen.template.name}”.` });
      api.used(chosen.template.id, conversationKey).catch(() => {
        // Only the usage count misses it; the reply has its text.
      });
    } catch (error) {
      setNotice({ kind: "error", text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (template: Template | undefined) => {
    if (template === undefined || busy) return;
    setBusy(true);
    setNotice(null);
    try {
      const rendered = await api.render(template.id, conversationKey);
      setBusy(false);
      const chosen = { template, rendered };
      // Nothing missing: nothing to confirm. Otherwise the agent sees what is left out first.
      if (rendered.missing.length === 0) await insert(chosen);
      else setPreview(chosen);
    } catch (error) {
      setBusy(false);
      setNotice({ kind: "error", text: (error as Error).message });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = results?.length ?? 0;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      void choose(results?.[active]);
    } else if (event.key === "Escape") {
      setPreview(null);
    }
  };

  const warnings = composeWarnings(
    { presence: live.presence, reply: live.conversation?.reply ?? null, members },
    me,
    now(),
  );
  const missing = preview === null ? null : missingSentence(preview.rendered.missing);

  return (
    <main class="pane" aria-busy={busy}>
      <h1 class="subtitle">Templates</h1>
      {warnings.map((warning) => (
        <p key={warning.kind + warning.email} class="notice info" role="status" data-testid="compose-warning">
          {warning.text}
        </p>
      ))}
      <label>
        Search templates
        <input
          type="search"
          role="combobox"
          aria-expanded={(results?.length ?? 0) > 0}
          aria-controls="template-results"
          aria-activedescendant={results?.[active] === undefined ? undefined : `template-${active}`}
          placeholder="Name, /shortcut or words"
          value={query}
          autoFocus
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setPreview(null);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      {results !== null && results.length === 0 && <p class="caption">No template matches.</p>}
      {results !== null && results.length > 0 && (
        <ul id="template-results" class="suggestions" role="listbox" aria-label="Templates">
          {results.map((template, index) => (
            <li
              key={template.id}
              id={`template-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseEnter={() => {
                setActive(index);
              }}
              onClick={() => void choose(template)}
            >
              {template.name} <span class="caption">/{template.shortcut}</span>
            </li>
          ))}
        </ul>
      )}
      {preview !== null && missing !== null && (
        <div class="section" data-testid="missing-variables">
          <p class="notice info" role="alert">
            {missing}
          </p>
          <div class="row">
            <button
              ref={confirmRef}
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => void insert(preview)}
            >
              Insert anyway
            </button>
            <button
              type="button"
              onClick={() => {
                setPreview(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {notice !== null && (
        <p
          class={`notice ${notice.kind}`}
          role={notice.kind === "error" ? "alert" : "status"}
          data-testid="compose-notice"
        >
          {notice.text}
        </p>
      )}
    </main>
  );
}
