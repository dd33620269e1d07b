/**
 * Claims without retries (issue 19). Racing claims used to meet inside the command transaction:
 * all read the conversation, one commits, and every other one is aborted and retried with the
 * SDK's backoff (2.1 s for the winner, 3.5 s p95 for the losers of a 6-way race on the emulator).
 * Now a claim that would take an unowned conversation first creates the gate document
 * conversations/{key}/claimGates/{eventCount}: a create-if-absent, which exactly one racer on the
 * same log wins. The winner goes on to the (now uncontended) transaction, which deletes the gate
 * as it commits the claim; a loser learns from its one failed create that it lost, reads who holds
 * the gate, and is answered `already_claimed` without ever starting a transaction.
 *
 * The transaction still decides: the gate only keeps losers out of it. A racer that read the log
 * after the winner committed finds the claim there; one whose gate is older than the lease (its
 * claimer died before committing) is ignored, and the claim runs the transaction as before.
 */
import type { Conversation, Decision, DomainError } from "@baton/shared";
import type { DocumentReference, Firestore, Transaction } from "firebase-admin/firestore";
import { toConversation } from "./conversations";
import { paths } from "./paths";

/**
 * How long a gate stands for its claimer: far longer than a claim's transaction takes (~50 ms), so
 * a live winner is never overtaken, and short enough that a gate left by a claimer that crashed
 * between its create and its commit blocks nobody for long (the claim then runs the transaction).
 */
export const CLAIM_GATE_LEASE_MS = 10_000;

/** Firestore's ALREADY_EXISTS: the create of a document that exists. */
const ALREADY_EXISTS = 6;

export type GateOutcome =
  /** Decided without a transaction: the lost race's refusal (or another, from the committed state). */
  | { kind: "answered"; error: DomainError }
  /** Run the transaction; `release` deletes this racer's gate in it (after its reads). */
  | { kind: "transaction"; release: (tx: Transaction) => void };

const NO_GATE = { kind: "transaction", release: () => undefined } as const;

function gateOf(db: Firestore, org: string, key: string, eventCount: number): DocumentReference {
  return paths.conversation(db, org, key).collection("claimGates").doc(String(eventCount));
}

function isAlreadyExists(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === ALREADY_EXISTS;
}

/**
 * Passes a claim through the gate. `decideOn` is the claim's own decision (the same one the
 * transaction makes), applied to the committed state and, for a loser, to the state the winner is
 * committing, so the lost race's answer is exactly the one the transaction would have given.
 */
export async function passClaimGate(
  db: Firestore,
  org: string,
  key: string,
  claimer: string,
  nowMs: number,
  decideOn: (conversation: Conversation, mailboxId: string) => Decision | DomainError,
): Promise<GateOutcome> {
  const snapshot = await paths.conversation(db, org, key).get();
  const data = snapshot.data();
  if (data === undefined) return NO_GATE;
  const mailboxId = typeof data.mailboxId === "string" ? data.mailboxId : "";
  const committed = decideOn(toConversation(data), mailboxId);
  // Refused by the committed state (someone holds it already): no write, no transaction.
  if (!("events" in committed)) return { kind: "answered", error: committed };
  if (committed.events.length === 0) return NO_GATE;
  const eventCount = typeof data.eventCount === "number" ? data.eventCount : 0;
  const gate = gateOf(db, org, key, eventCount);
  try {
    await gate.create({ email: claimer, at: nowMs });
    return { kind: "transaction", release: (tx) => tx.delete(gate) };
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  const [held, now] = await Promise.all([gate.get(), paths.conversation(db, org, key).get()]);
  const nowData = now.data();
  if (nowData === undefined) return NO_GATE;
  const current = toConversation(nowData);
  const afterWinner = decideOn(current, mailboxId);
  // The winner has committed (and deleted its gate): the answer comes from the committed state.
  if (!("events" in afterWinner)) return { kind: "answered", error: afterWinner };
  const holder = held.data();
  const email: unknown = holder?.email;
  const at: unknown = holder?.at;
  if (typeof email !== "string" || typeof at !== "number" || email === claimer) return NO_GATE;
  if (nowMs - at > CLAIM_GATE_LEASE_MS) return NO_GATE;
  // The winner is committing: decide against the state it commits, as the transaction would.
  const lost = decideOn({ ...current, assignee: email, assignedAt: at }, mailboxId);
  return "events" in lost ? NO_GATE : { kind: "answered", error: lost };
}
