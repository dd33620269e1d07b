/**
 * The OnMessageSend handler's steps, runtime-free: check, then record why the send was not checked
 * (or clear an older record once a send is checked again), and only then complete the event, since
 * Outlook does not guarantee that code after event.completed runs.
 */
import { RECORD_BUDGET_MS, withinBudget } from "./budget";
import { checkSend, type SendCheckPorts } from "./check-send";
import type { SendDecision } from "../office/send-event";
import type { SharedStore } from "./shared-store";
import { reasonSentence, UNCHECKED_SEND_KEY, type UncheckedSend } from "./unchecked-send";

export interface HandleSendPorts extends SendCheckPorts {
  store: SharedStore;
  complete(decision: SendDecision): void;
}

export async function handleSend(ports: HandleSendPorts, checkBudgetMs?: number): Promise<void> {
  const { outcome, subject } = await checkSend(ports, checkBudgetMs);
  if (outcome.checked) {
    await bounded(clearRecord(ports.store));
    ports.complete(outcome.decision);
    return;
  }
  const record: UncheckedSend = { at: ports.now(), subject, reason: outcome.reason };
  ports.warn(`Baton let a send go unchecked: ${reasonSentence(outcome.reason)}.`);
  await bounded(ports.store.set(UNCHECKED_SEND_KEY, JSON.stringify(record)));
  // Baton being down or the user signed out must never stop mail.
  ports.complete({ allow: true });
}

async function clearRecord(store: SharedStore): Promise<void> {
  // Most sends have nothing to clear: a read (in memory for roaming settings) spares them a save.
  if ((await store.get(UNCHECKED_SEND_KEY)) !== null) await store.remove(UNCHECKED_SEND_KEY);
}

/** Storage gets its own small budget; failing to record must not hold the send either. */
async function bounded(work: Promise<void>): Promise<void> {
  await withinBudget(work, RECORD_BUDGET_MS).catch(() => undefined);
}
