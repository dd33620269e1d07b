/**
 * The workbench's Gmail side panel: the add-on's cards, run as Gmail runs them. Its buttons and
 * dropdowns call the add-on's callbacks (through the Apps Script stand-in, against the local API);
 * the answer's notification shows as Gmail's toast and its navigation replaces (or pushes) the card.
 * The card is plain HTML buttons and fields, so every action works by keyboard; after an action the
 * focus returns to the same control on the new card.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Translator } from "@baton/shared/i18n";
import {
  GMAIL_CARD_CSS,
  createWorkbenchAddon,
  renderWorkbenchCardHtml,
  type CardJson,
  type WorkbenchAddon,
} from "@baton/gmail-addon/src/workbench";
import { createBrowserStandIn } from "./apps-script-standin";
import { readFormInputs } from "./card-form";

interface Props {
  /** The signed-in demo member; null before sign-in. */
  signedIn: string | null;
  /** The conversation open in the demo inbox, whose card Gmail would show beside it. */
  conversationKey: string | null;
  apiBaseUrl: string;
  /** A fresh Firebase ID token: the stand-in's ScriptApp.getIdentityToken() (read synchronously). */
  token: () => Promise<string | null>;
  /** The workbench's words. */
  t: Translator;
  /** commonEventObject.userLocale: the workbench's language select. */
  userLocale: string;
}

const STYLE_ID = "gmail-card-css";

function injectCardCss(): void {
  if (document.getElementById(STYLE_ID) !== null) return;
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = GMAIL_CARD_CSS;
  document.head.append(style);
}

/** The reader's zone, as Gmail reports the user's: here, the browser's. */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function GmailCardPanel({ signedIn, conversationKey, apiBaseUrl, token, t, userLocale }: Props) {
  const [stack, setStack] = useState<CardJson[]>([]);
  const [toast, setToast] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const refocus = useRef<string | null>(null);
  const current = useRef<string>("");

  const addon = useMemo<{ run: WorkbenchAddon; setToken: (t: string) => void } | null>(() => {
    if (signedIn === null) return null;
    let idToken = "";
    const run = createWorkbenchAddon({
      timeZone: readerZone(),
      userLocale,
      globals: createBrowserStandIn({ apiBaseUrl, identityToken: () => idToken }),
    });
    return {
      run,
      setToken: (t) => {
        idToken = t;
      },
    };
    // A new language is a new add-on run, as Gmail's next event would carry the new userLocale.
  }, [signedIn, apiBaseUrl, userLocale]);

  useEffect(injectCardCss, []);

  /** Runs one add-on call with a fresh token; the call itself blocks, like Apps Script's fetch. */
  const perform = async (work: (run: WorkbenchAddon) => void) => {
    if (addon === null) return;
    setBusy(true);
    setFailure(null);
    try {
      addon.setToken((await token()) ?? "");
      work(addon.run);
    } catch (error) {
      setFailure(t.t("workbench.gmailFailed", { error: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    setStack([]);
    setToast(undefined);
    if (addon === null) return;
    const key = conversationKey;
    current.current = key ?? "";
    void perform((run) => {
      const card = key === null ? run.homepage() : run.conversation(key).card;
      if (current.current === (key ?? "")) setStack([card]);
    });
    // perform is rebuilt every render; the card follows the add-on (sign-in) and the selection only.
  }, [addon, conversationKey]);

  const top = stack[stack.length - 1];
  const html = useMemo(() => (top === undefined ? null : renderWorkbenchCardHtml(top, toast)), [top, toast]);

  useEffect(() => {
    // Keyboard users keep their place: the control they used, on the re-rendered card.
    const target = refocus.current;
    refocus.current = null;
    if (target === null || root.current === null) return;
    const same = [...root.current.querySelectorAll<HTMLElement>("[data-function]")].find(
      (control) => focusKey(control) === target,
    );
    (same ?? root.current.querySelector<HTMLElement>(".gmail-card"))?.focus();
  }, [html]);

  const runAction = (control: HTMLElement) => {
    const functionName = control.dataset.function;
    if (functionName === undefined || root.current === null) return;
    const parameters = JSON.parse(control.dataset.parameters ?? "{}") as Record<string, string>;
    const formInputs = readFormInputs(root.current);
    refocus.current = focusKey(control);
    void perform((run) => {
      const result = run.action(functionName, parameters, formInputs);
      setToast(result.notification);
      setStack((cards) => {
        // Edit note's Save/Delete leave the pushed note card, then replace the card under it.
        const under = result.popped === true && cards.length > 1 ? cards.slice(0, -1) : cards;
        return result.pushed ? [...under, result.card] : [...under.slice(0, -1), result.card];
      });
    });
  };

  if (signedIn === null) {
    return (
      <section class="wb-panel" aria-label={t.t("workbench.gmailLabel")}>
        <h2 class="caption">{t.t("workbench.gmailSidePanel")}</h2>
        <p class="caption">{t.t("workbench.gmailSignedOut")}</p>
      </section>
    );
  }

  return (
    <section class="wb-panel" aria-label={t.t("workbench.gmailLabel")} aria-busy={busy}>
      <div class="wb-gmail-bar">
        <h2 class="caption">
          {conversationKey === null ? t.t("workbench.gmailHomepage") : t.t("workbench.gmailContextual")}
        </h2>
        {stack.length > 1 && (
          <button
            type="button"
            onClick={() => {
              setToast(undefined);
              setStack((cards) => cards.slice(0, -1));
            }}
          >
            {t.t("workbench.gmailBack")}
          </button>
        )}
      </div>
      {failure !== null && (
        <div class="notice" role="alert">
          {failure}
        </div>
      )}
      {html === null ? (
        <p class="caption">{busy ? t.t("workbench.gmailLoading") : t.t("workbench.gmailEmpty")}</p>
      ) : (
        <div
          ref={root}
          class="wb-gmail-card"
          data-testid="gmail-card"
          // Card text is escaped or allow-listed by the renderer (cards/to-html.ts).
          dangerouslySetInnerHTML={{ __html: html }}
          onClick={(event) => {
            const control = (event.target as HTMLElement).closest<HTMLElement>("button[data-function]");
            if (control !== null) runAction(control);
          }}
          onChange={(event) => {
            const control = event.target as HTMLElement;
            if (control.matches("select[data-function]")) runAction(control);
          }}
        />
      )}
    </section>
  );
}

/** A control's identity across re-renders: what it does and on what. */
function focusKey(control: HTMLElement): string {
  return `${control.dataset.function ?? ""}|${control.dataset.parameters ?? ""}|${control.textContent}`;
}
