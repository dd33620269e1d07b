/**
 * GET /conversations/{key}/sla as the explain panel shows it: one entry per clock cycle with its
 * timeline sentences, who held the conversation and what was recorded. The route table leaves the
 * cycles' state and `explain.clocks` open (the shapes of escalation/explainSla), so they are read
 * here field by field: a field the panel does not recognise is left out instead of trusted.
 */
import type { RouteResponse } from "@baton/shared/api";

export interface Holding {
  assignee: string | null;
  from: number;
  to: number;
}

export interface Recorded {
  kind: string;
  at: number;
  notified: string[];
}

export interface ClockCycle {
  kind: string;
  cycle: number;
  /** running, paused, met or breached; "" when the answer did not say. */
  state: string;
  explanation: string[];
  holders: Holding[];
  recorded: Recorded[];
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

function holdingOf(value: unknown): Holding[] {
  if (!isRecord(value) || typeof value.from !== "number" || typeof value.to !== "number") return [];
  const assignee = typeof value.assignee === "string" ? value.assignee : null;
  return [{ assignee, from: value.from, to: value.to }];
}

function recordedOf(value: unknown): Recorded[] {
  if (!isRecord(value) || typeof value.kind !== "string" || typeof value.at !== "number") return [];
  const notified = listOf(value.notified).filter((n): n is string => typeof n === "string");
  return [{ kind: value.kind, at: value.at, notified }];
}

/** explain.clocks' entry for a cycle, if the answer has one. */
function explanationFor(reply: RouteResponse<"sla">, kind: string, cycle: number): Fields | undefined {
  return listOf(reply.explain.clocks)
    .filter(isRecord)
    .find((entry) => isRecord(entry.clock) && entry.clock.kind === kind && entry.clock.cycle === cycle);
}

export function clockCycles(reply: RouteResponse<"sla">): ClockCycle[] {
  return reply.history.map((clock) => {
    const entry = explanationFor(reply, clock.kind, clock.cycle);
    return {
      kind: clock.kind,
      cycle: clock.cycle,
      state: typeof clock.state === "string" ? clock.state : "",
      explanation: clock.explanation,
      holders: listOf(entry?.holders).flatMap(holdingOf),
      recorded: listOf(entry?.recorded).flatMap(recordedOf),
    };
  });
}
