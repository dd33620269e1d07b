/**
 * GET /connectors/dead-letters, POST .../{id}/retry and DELETE .../{id}: the admin's view of the
 * messages connectors set aside. Who may call them (`manage_mailboxes`, admins) is declared in
 * shared/src/api/connectors.ts and checked by the API's one middleware before these run. They only
 * touch Firestore: the replay itself runs in the connector poll, which holds the provider secrets.
 */
import { MAX_DEAD_LETTERS_LISTED, type DeadLetterView, type ErrorKey } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { fail } from "../http/errors";
import { retryNow, type DeadLetter, type DeadLetterStore } from "./dead-letters";
import { createFirestoreDeadLetterStore } from "./firestore-dead-letters";

interface Input {
  principal: Principal;
  params: { id: string };
  nowMs: number;
}

const GONE = "errors.deadLetterGone" satisfies ErrorKey;

/** What the admin sees: the letter without the org (theirs) or the provider's folder name. */
function viewOf(letter: DeadLetter): DeadLetterView {
  const { org: _org, folder: _folder, ...view } = letter;
  return view;
}

export function deadLetterHandlers(
  db: Firestore,
  store: DeadLetterStore = createFirestoreDeadLetterStore(db),
) {
  return {
    listDeadLetters: async ({ principal }: { principal: Principal }) => {
      const letters = await store.list(principal.org, MAX_DEAD_LETTERS_LISTED);
      return { deadLetters: letters.map(viewOf), limit: MAX_DEAD_LETTERS_LISTED };
    },
    retryDeadLetter: async ({ principal, params, nowMs }: Input) => {
      const letter = await store.get(principal.org, params.id);
      if (letter === null) fail("not_found", GONE);
      const next = retryNow(letter, nowMs);
      await store.put(next);
      return { deadLetter: viewOf(next) };
    },
    dismissDeadLetter: async ({ principal, params }: Input) => {
      if ((await store.get(principal.org, params.id)) === null) fail("not_found", GONE);
      await store.remove(principal.org, params.id);
      return { dismissed: params.id };
    },
  };
}
