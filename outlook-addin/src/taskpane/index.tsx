/** Task pane entry: waits for Office (or the workbench stand-in), applies the theme, renders. */
import { render } from "preact";
import { readConfig } from "../config";
import { waitForHost } from "../office/adapter";
import { followHostTheme } from "../office/theme";
import { App } from "./App";

async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (root === null) return;
  // The static "Loading Baton…" placeholder is not preact's: clear it so render does not append.
  root.textContent = "";
  const config = readConfig();
  const host = await waitForHost();
  // Office's theme now and on OfficeThemeChanged; the system's light or dark where Office has none.
  followHostTheme();
  if (!host.inOutlook) {
    render(
      <main class="pane">
        <h1 class="title">Baton</h1>
        <p>Open Baton from a message in Outlook to see who owns it and when a reply is due.</p>
        {config.target === "local" && (
          <p>
            Running locally? Try the <a href="/workbench.html">workbench</a>, which simulates Outlook.
          </p>
        )}
      </main>,
      root,
    );
    return;
  }
  const params = new URLSearchParams(location.hash.slice(1));
  const as = config.demoPassword === null ? null : params.get("as");
  render(<App config={config} host={host} autoSignInAs={as} />, root);
}

void boot();
