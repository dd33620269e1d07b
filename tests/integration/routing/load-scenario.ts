// The load scenario of issue 16, shared by the emulator load test and tests/bench/routing-load.ts:
// 200 new conversations arriving at once across 3 mailboxes served by 10 agents, some away, some
// capped. Arrivals go through observeThread, the connectors' and sidebars' append path.
import type { Firestore } from "firebase-admin/firestore";
import { arrive, createRoutingOrg, type RoutingOrg } from "./routing-support";

export const ARRIVALS = 200;
/** Mailbox ids in arrival rotation (70 / 70 / 60 of the 200). */
export const MAILBOXES = ["m1", "m2", "m3"] as const;
export const AWAY = ["a3", "a6"];
/** a7's own cap; m3's agents share the mailbox's cap. */
export const A7_CAP = 5;
export const M3_CAP = 20;
export const AGENTS_OF: Record<string, string[]> = {
  m1: ["a0", "a1", "a2", "a3"],
  m2: ["a4", "a5", "a6", "a7"],
  m3: ["a8", "a9"],
};

export async function createLoadScenario(db: Firestore): Promise<RoutingOrg> {
  const away = Date.now() + 3_600_000;
  return createRoutingOrg(
    db,
    "rt-load",
    [
      { id: "m1", agents: AGENTS_OF.m1, routing: { strategy: "round_robin", anyHour: true } },
      { id: "m2", agents: AGENTS_OF.m2, routing: { strategy: "round_robin", anyHour: true } },
      {
        id: "m3",
        agents: AGENTS_OF.m3,
        routing: { strategy: "load_balanced", anyHour: true, capacity: { maxOpen: M3_CAP, perPriority: {} } },
      },
    ],
    Array.from({ length: 10 }, (_, i) => ({
      name: `a${i}`,
      role: "agent" as const,
      ...(AWAY.includes(`a${i}`) ? { awayUntil: away } : {}),
      ...(i === 7 ? { maxOpen: A7_CAP } : {}),
    })),
  );
}

export interface ArrivalTiming {
  mailbox: string;
  key: string;
  assignee: string | null;
  /** From the arrival's call to its commit, which records the owner in the same transaction. */
  ms: number;
}

/** All arrivals at once; answers each one's timing and owner. */
export async function arriveAll(db: Firestore, o: RoutingOrg, count = ARRIVALS): Promise<ArrivalTiming[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const mailbox = MAILBOXES[i % MAILBOXES.length]!;
      const started = performance.now();
      const { conversation } = await arrive(db, o, mailbox, {
        subject: `Load ${i}`,
        from: `customer${i}@customer.test`,
      });
      return {
        mailbox,
        key: conversation.key,
        assignee: conversation.assignee,
        ms: performance.now() - started,
      };
    }),
  );
}
