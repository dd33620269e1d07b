import type { InstallInfo } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import {
  deploymentValues,
  GOOGLE_STEPS,
  googleValues,
  MICROSOFT_STEPS,
  microsoftValues,
  signInLine,
  type InstallValue,
} from "./install-text";

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Writes to the clipboard; where the page may not (http, an old browser), selects the text instead. */
async function copyText(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback !== null) window.getSelection()?.selectAllChildren(fallback);
    return false;
  }
}

function ValueRow({ item, onCopied }: { item: InstallValue; onCopied: (sentence: string) => void }) {
  let code: HTMLElement | null = null;
  if (item.value === null) {
    return (
      <div class="install-value">
        <dt>{item.label}</dt>
        <dd class="notice">{item.missing}</dd>
      </div>
    );
  }
  const value = item.value;
  return (
    <div class="install-value">
      <dt>{item.label}</dt>
      <dd>
        <code
          ref={(element) => {
            code = element;
          }}
        >
          {value}
        </code>{" "}
        <button
          type="button"
          aria-label={`Copy ${item.label}`}
          onClick={() => {
            void copyText(value, code).then((copied) => {
              onCopied(copied ? `${item.label} copied.` : `${item.label} selected: press Ctrl+C to copy it.`);
            });
          }}
        >
          Copy
        </button>
      </dd>
    </div>
  );
}

/**
 * What each admin does next (issue 15): the Outlook manifest and Entra values for Microsoft 365, the
 * Apps Script and Marketplace SDK values for Google, each with a copy button, and whether each
 * sidebar has called the API yet (Refresh asks again).
 */
export function InstallView({ api }: { api: ApiClient }) {
  const [info, setInfo] = useState<InstallInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [loadedAt, setLoadedAt] = useState(0);
  const [copied, setCopied] = useState("");

  useEffect(() => {
    let live = true;
    api.call("getInstall", {}).then(
      (answer) => {
        if (!live) return;
        setError(null);
        setInfo(answer);
        setLoadedAt(Date.now());
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, tick]);

  const values = (items: InstallValue[]) => (
    <dl class="install-values">
      {items.map((item) => (
        <ValueRow key={item.label} item={item} onCopied={setCopied} />
      ))}
    </dl>
  );
  const steps = (items: readonly string[]) => (
    <ol>
      {items.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );

  return (
    <section aria-labelledby="install-title" class="install">
      <h2 id="install-title">Install the add-ins</h2>
      {error !== null && <ErrorLine error={error} />}
      {info === null && error === null && <p class="muted">Loading this deployment's values…</p>}
      {info !== null && (
        <>
          <p class="muted">
            What each admin does next for <strong>{info.org.name}</strong>, with this deployment's values.
          </p>
          <p role="status" aria-live="polite" class="sr-only">
            {copied}
          </p>

          <section aria-labelledby="install-check">
            <h3 id="install-check">Sidebar check</h3>
            <ul class="install-check" data-testid="install-check">
              <li>{signInLine("Outlook", info.outlook.firstSignIn, loadedAt, readerZone())}</li>
              <li>{signInLine("Gmail", info.gmail.firstSignIn, loadedAt, readerZone())}</li>
            </ul>
            <button
              type="button"
              onClick={() => {
                setTick((t) => t + 1);
              }}
            >
              Refresh
            </button>
          </section>

          <section aria-labelledby="install-microsoft">
            <h3 id="install-microsoft">Microsoft 365 (Outlook)</h3>
            {info.outlook.manifestUrl !== null && (
              <p>
                <a href={info.outlook.manifestUrl} download="manifest.xml">
                  Download the Outlook manifest
                </a>
              </p>
            )}
            {values(microsoftValues(info))}
            {steps(MICROSOFT_STEPS)}
          </section>

          <section aria-labelledby="install-google">
            <h3 id="install-google">Google Workspace (Gmail)</h3>
            {values(googleValues(info))}
            {steps(GOOGLE_STEPS)}
          </section>

          <section aria-labelledby="install-deployment">
            <h3 id="install-deployment">This deployment</h3>
            {values(deploymentValues(info))}
          </section>
        </>
      )}
    </section>
  );
}
