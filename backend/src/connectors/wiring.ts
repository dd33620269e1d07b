// What the connector triggers run, with the mail provider clients (Gmail, Graph, MSAL). triggers.ts
// loads this module on a trigger's first run, never at import: no other function pays for them.
import { firestore } from "../store/db";
import { createRuntime, type ProviderCredentials } from "./providers";
import type { ConnectorRuntime } from "./run-connector";

export { answerGraphNotification, decodeGmailPush, MAX_GRAPH_NOTIFICATION_BYTES } from "./push";
export { logOutcome, pollAll, renewAll } from "./jobs";
export { runConnector } from "./run-connector";

let runtime: ConnectorRuntime | undefined;

/** One runtime per instance; credentials are read when a client first needs them. */
export function theRuntime(credentials: () => ProviderCredentials): ConnectorRuntime {
  runtime ??= createRuntime(firestore(), credentials);
  return runtime;
}
