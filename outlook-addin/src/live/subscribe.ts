/**
 * Live updates: the pane re-renders from Firestore snapshots of the conversation and its viewers; the
 * API is only called for changes. The Firestore SDK is a chunk of its own (live/listen.ts), loaded the
 * first time a conversation is subscribed to, after the first view (which POST /conversations/observe
 * renders): it stays out of taskpane.js, so the pane opens on auth + view code alone.
 */
import type { Session } from "../auth/session";

export interface Presence {
  email: string;
  state: "viewing" | "replying";
  at: number;
}

export interface ConversationListeners {
  onConversation(data: Record<string, unknown>): void;
  onPresence(viewers: Presence[]): void;
  onError(error: Error): void;
}

type Listen = typeof import("./listen").listenToConversation;

let loading: Promise<Listen> | null = null;

/** The Firestore chunk, fetched once per page (a failed fetch is retried by the next subscription). */
export function loadLive(): Promise<Listen> {
  // Prefetch: the browser fetches the chunk at idle priority once taskpane.js has run (not parsed
  // until asked for), so the first subscription pays parsing only, and the first view nothing.
  loading ??= import(/* webpackChunkName: "live", webpackPrefetch: true */ "./listen").then(
    (module) => module.listenToConversation,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Listens to the conversation once the chunk is here. Returns at once; stopping before the chunk
 * arrives means it never listens. Snapshots start from the document's current state, so nothing that
 * changed while the chunk loaded is missed.
 */
export function subscribeToConversation(
  session: Session,
  org: string,
  key: string,
  listeners: ConversationListeners,
): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  loadLive().then(
    (listen) => {
      if (!stopped) stop = listen(session, org, key, listeners);
    },
    (error: unknown) => {
      if (!stopped) listeners.onError(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
