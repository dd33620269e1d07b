/**
 * Firestore listeners on the conversation document and its viewers (presence) collection, readable by
 * org members under the security rules. The Firestore chunk's entry: live/subscribe.ts imports it
 * on demand.
 */
import { collection, doc, onSnapshot } from "firebase/firestore";
import type { Session } from "../auth/session";
import { firestoreOf } from "./firestore";
import type { ConversationListeners, Presence } from "./subscribe";

export function listenToConversation(
  session: Session,
  org: string,
  key: string,
  listeners: ConversationListeners,
): () => void {
  const conversationRef = doc(firestoreOf(session), "orgs", org, "conversations", key);
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
