/**
 * The send check itself, over injected ports so it runs the same in Outlook, the workbench and unit
 * tests. It never throws: it returns either a decision Baton made, or why it could not make one.
 */
import type { ApiClient } from "../api/client";
import type { OutgoingMessage, SendDecision } from "../office/send-event";
import { CHECK_BUDGET_MS, withinBudget } from "./budget";
import {
  decideSend,
  outboundObservation,
  type RememberedConversation,
  type SendPresence,
} from "./send-check";
import { reasonFor, type UncheckedReason } from "./unchecked-send";

export type SendOutcome =
  { checked: true; decision: SendDecision } | { checked: false; reason: UncheckedReason };

export interface SendCheckPorts {
  readOutgoing(): Promise<OutgoingMessage>;
  /** Rejects with NoTokenError when the runtime cannot give a token without a prompt. */
  getToken(): Promise<string>;
  /** An API client that calls the backend with the given token. */
  apiWith(token: string): Pick<ApiClient, "get" | "me" | "observe">;
  recall(thread: string): Promise<RememberedConversation | null>;
  now(): number;
  newSendId(): string;
  /** The runtime's log (console, which Outlook's runtime logging captures on Windows). */
  warn(message: string): void;
}

async function check(
  ports: SendCheckPorts,
  seen: (outgoing: OutgoingMessage) => void,
): Promise<SendDecision> {
  const outgoing = await ports.readOutgoing();
  seen(outgoing);
  const api = ports.apiWith(await ports.getToken());
  const remembered = outgoing.conversationId === null ? null : await ports.recall(outgoing.conversationId);
  if (remembered !== null) {
    // The view's presence comes with the same GET: "is replying" costs the check no extra request.
    const [{ conversation, view }, members] = await Promise.all([
      api.get(remembered.key),
      // Members only turn addresses into names in the alert: without them it still works.
      api.me().then(
        (me) => me.members,
        () => [],
      ),
    ]);
    // Read defensively: an answer without a view still gets the owner and last-reply checks.
    const presence = (view as { presence?: SendPresence[] } | undefined)?.presence ?? [];
    const decision = decideSend(conversation, outgoing.agent, members, ports.now(), presence);
    // A blocked reply is reported when the thread is next observed: the user may still cancel it.
    if (!decision.allow) return decision;
  }
  try {
    await api.observe(outboundObservation(outgoing, remembered, ports.now(), ports.newSendId()));
  } catch (error) {
    // With a remembered thread the conflict check is done and only the report failed (the pane
    // reports the reply when the thread is next observed). Without one, this call was the whole
    // check: its failure is the reason the send went unchecked.
    if (remembered === null) throw error;
    ports.warn(`Baton could not report the sent reply: ${String(error)}`);
  }
  return { allow: true };
}

/**
 * Runs the check within `budgetMs` (under Outlook's five-second alert). `subject` is the outgoing
 * message's subject when it was read before the check stopped ("" otherwise), for the pane's notice.
 */
export async function checkSend(
  ports: SendCheckPorts,
  budgetMs = CHECK_BUDGET_MS,
): Promise<{ outcome: SendOutcome; subject: string }> {
  let subject = "";
  const seen = (outgoing: OutgoingMessage) => {
    subject = outgoing.subject;
  };
  try {
    const result = await withinBudget(check(ports, seen), budgetMs);
    if (!result.done) return { outcome: { checked: false, reason: { code: "timeout", budgetMs } }, subject };
    return { outcome: { checked: true, decision: result.value }, subject };
  } catch (error) {
    return { outcome: { checked: false, reason: reasonFor(error) }, subject };
  }
}
