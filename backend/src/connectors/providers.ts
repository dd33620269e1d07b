import { ConfidentialClientApplication } from "@azure/msal-node";
import type { Firestore } from "firebase-admin/firestore";
import { JWT } from "google-auth-library";
import type { AckLedger } from "./auto-ack";
import { createFirestoreDeadLetterStore } from "./firestore-dead-letters";
import { ackRef, createFirestoreStateStore } from "./firestore-state";
import { recordAutoAck } from "../store/auto-acks";
import { createGmailApi, type GmailApi } from "./gmail/gmail-api";
import { createGraphApi, type GraphApi } from "./graph/graph-api";
import { createObserveSink } from "./observe-sink";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry";
import type { ConnectorRuntime } from "./run-connector";
import type { ConnectorState } from "./state";

/** Credentials, read from function secrets at call time (never from the repo or Firestore). */
export interface ProviderCredentials {
  /** The Google service account key JSON (client_email, private_key) with domain-wide delegation. */
  googleServiceAccountJson: string;
  microsoftTenantId: string;
  microsoftClientId: string;
  microsoftClientSecret: string;
  /** Loopback fakes for local runs; unset in production. */
  gmailRootUrl?: string | undefined;
  graphOrigin?: string | undefined;
}

export const GMAIL_READ_SCOPE = "https://www.googleapis.com/auth/gmail.readonly";
export const GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send";

/**
 * A delegated JWT that acts as the shared mailbox. gmail.readonly rather than gmail.metadata: the
 * metadata scope refuses messages.list's `q`, which the bounded initial sync needs. gmail.send only
 * when the mailbox auto-acknowledges.
 */
export function gmailAuth(credentials: ProviderCredentials, state: ConnectorState): JWT {
  const key = JSON.parse(credentials.googleServiceAccountJson) as {
    client_email?: string;
    private_key?: string;
  };
  if (key.client_email === undefined || key.private_key === undefined) {
    throw new Error("GMAIL_SERVICE_ACCOUNT_JSON is not a service account key (client_email, private_key)");
  }
  const scopes =
    state.options.autoAck?.enabled === true ? [GMAIL_READ_SCOPE, GMAIL_SEND_SCOPE] : [GMAIL_READ_SCOPE];
  return new JWT({ email: key.client_email, key: key.private_key, scopes, subject: state.address });
}

let msal: { app: ConfidentialClientApplication; id: string } | undefined;

/** App-only Graph tokens by client credentials; MSAL caches them until shortly before expiry. */
export function graphTokenSource(credentials: ProviderCredentials): () => Promise<string> {
  const id = `${credentials.microsoftTenantId}/${credentials.microsoftClientId}`;
  if (msal?.id !== id) {
    msal = {
      id,
      app: new ConfidentialClientApplication({
        auth: {
          clientId: credentials.microsoftClientId,
          authority: `https://login.microsoftonline.com/${credentials.microsoftTenantId}`,
          clientSecret: credentials.microsoftClientSecret,
        },
      }),
    };
  }
  const app = msal.app;
  return async () => {
    const result = await app.acquireTokenByClientCredential({
      scopes: ["https://graph.microsoft.com/.default"],
    });
    if (result === null) throw new Error("Microsoft identity platform returned no token");
    return result.accessToken;
  };
}

/** Firestore's ack markers: create() fails when the marker exists, which is the whole point. */
export function firestoreLedger(db: Firestore, state: ConnectorState): AckLedger {
  return {
    async claim(conversationKey, nowMs) {
      try {
        await ackRef(db, state.org, state.mailboxId, conversationKey).create({
          claimedAt: nowMs,
          status: "sending",
        });
        return true;
      } catch (error) {
        // 6 = ALREADY_EXISTS
        if ((error as { code?: unknown }).code === 6) return false;
        throw error;
      }
    },
    async sending(conversationKey, messageId, nowMs) {
      await Promise.all([
        recordAutoAck(db, state.org, { messageId, conversationKey, at: nowMs }),
        ackRef(db, state.org, state.mailboxId, conversationKey).update({ messageId }),
      ]);
    },
    async settle(conversationKey, outcome) {
      await ackRef(db, state.org, state.mailboxId, conversationKey).update(
        "sentAt" in outcome
          ? { status: "sent", sentAt: outcome.sentAt }
          : { status: "failed", error: outcome.error },
      );
    },
  };
}

export interface RuntimeOverrides {
  gmailFor?: (state: ConnectorState) => GmailApi;
  graphFor?: (state: ConnectorState) => GraphApi;
  retry?: RetryPolicy;
  now?: () => number;
}

/** The production runtime: Firestore state, the observe path, and the official clients. */
export function createRuntime(
  db: Firestore,
  credentials: () => ProviderCredentials,
  overrides: RuntimeOverrides = {},
): ConnectorRuntime {
  const now = overrides.now ?? (() => Date.now());
  const retry = overrides.retry ?? DEFAULT_RETRY;
  return {
    store: createFirestoreStateStore(db),
    deadLetters: createFirestoreDeadLetterStore(db),
    now,
    sinkFor: (state) =>
      createObserveSink({ db, org: state.org, mailboxId: state.mailboxId, provider: state.provider, now }),
    ledgerFor: (state) => firestoreLedger(db, state),
    gmailFor:
      overrides.gmailFor ??
      ((state) => {
        const c = credentials();
        return createGmailApi({
          mailbox: state.address,
          auth: gmailAuth(c, state),
          rootUrl: c.gmailRootUrl,
          retry,
          now,
        });
      }),
    graphFor:
      overrides.graphFor ??
      ((state) => {
        const c = credentials();
        return createGraphApi({
          mailbox: state.address,
          getToken: graphTokenSource(c),
          transportOrigin: c.graphOrigin,
          retry,
          now,
        });
      }),
  };
}
