// The dashboard page: reads /config.js, opens the Firebase session and renders the app.
import { render } from "preact";
import { App } from "./app/App";
import { openSession } from "./auth/session";
import { readConfig } from "./config";

const root = document.getElementById("app");
if (root !== null) render(<App session={openSession(readConfig())} />, root);
