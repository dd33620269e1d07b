import type { AckLedger } from "../../src/connectors/auto-ack";
import type { GmailApi } from "../../src/connectors/gmail/gmail-api";
import type { GraphApi } from "../../src/connectors/graph/graph-api";
import type { ConnectorRuntime } from "../../src/connectors/run-connector";
import { MemoryDeadLetterStore } from "./memory-dead-letters";
import { MemorySink } from "./memory-sink";
import { MemoryStateStore } from "./memory-state";

/** Ack markers in a Map, with the same create-once contract as the Firestore ledger. */
export class MemoryLedger implements AckLedger {
  readonly marks = new Map<string, { claimedAt: number; sentAt?: number; error?: string }>();

  claim(conversationKey: string, nowMs: number): Promise<boolean> {
    if (this.marks.has(conversationKey)) return Promise.resolve(false);
    this.marks.set(conversationKey, { claimedAt: nowMs });
    return Promise.resolve(true);
  }

  /** The acknowledgements' Message-IDs, as recorded before each send. */
  readonly sentIds: string[] = [];

  sending(_conversationKey: string, messageId: string): Promise<void> {
    this.sentIds.push(messageId);
    return Promise.resolve();
  }

  settle(conversationKey: string, outcome: { sentAt: number } | { error: string }): Promise<void> {
    const mark = this.marks.get(conversationKey);
    if (mark !== undefined) Object.assign(mark, outcome);
    return Promise.resolve();
  }
}

export interface MemoryRuntime extends ConnectorRuntime {
  store: MemoryStateStore;
  deadLetters: MemoryDeadLetterStore;
  sink: MemorySink;
  ledger: MemoryLedger;
  clock: { now: number };
}

/** A runtime with every dependency in memory except the provider APIs (loopback fakes). */
export function memoryRuntime(
  apis: { gmail?: () => GmailApi; graph?: () => GraphApi },
  startMs: number,
): MemoryRuntime {
  const store = new MemoryStateStore();
  const sink = new MemorySink();
  const ledger = new MemoryLedger();
  const clock = { now: startMs };
  const missing = (name: string) => () => {
    throw new Error(`no ${name} API in this test`);
  };
  return {
    store,
    deadLetters: new MemoryDeadLetterStore(),
    sink,
    ledger,
    clock,
    now: () => clock.now,
    sinkFor: () => sink,
    ledgerFor: () => ledger,
    gmailFor: apis.gmail ?? missing("Gmail"),
    graphFor: apis.graph ?? missing("Graph"),
  };
}
