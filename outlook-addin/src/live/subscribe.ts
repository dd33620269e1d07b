/**
 * Live updates: Firestore listeners on the conversation document and its viewers (presence)
 * collection, readable by org members under the security rules. The pane re-renders from these
 * snapshots; the API is only called for changes.
 */
import { collection, doc, onSnapshot, type Firestore } from "firebase/firestore";

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

export function subscribeToConversation(
  db: Firestore,
  org: string,
  key: string,
  listeners: ConversationListeners,
): () => void {
  const conversationRef = doc(db, "orgs", org, "conversations", key);
  const stopConversation = onSnapshot(
    conversationRef,
    (snapshot) => {
      const data = snapshot.data();
      if (data !== undefined) listeners.onConversation(data);
    },
    (error) => {
      listeners.onError(error);
    },
  );
  const stopViewers = onSnapshot(
    collection(conversationRef, "viewers"),
    (snapshot) => {
      listeners.onPresence(snapshot.docs.map((viewer) => viewer.data() as Presence));
    },
    (error) => {
      listeners.onError(error);
    },
  );
  return () => {
    stopConversation();
    stopViewers();
  };
}
