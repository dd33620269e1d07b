// Public surface of metrics/: per-conversation facts, mergeable rollups with log-scale histograms,
// the deltas the backend applies as events happen, summaries, definitions and the CSV export.
export * from "./histogram";
export * from "./rollup";
export * from "./facts";
export * from "./rollup-deltas";
export * from "./summarize";
export * from "./definitions";
export * from "./csv";
export {
  compactFacts,
  compactFactsFold,
  factCounts,
  MAX_FACT_ENTRIES,
  MAX_STORED_FACTS_FOLD_BYTES,
  storedFactsFoldJson,
} from "./facts-compact";
export { localSlotOf, type LocalSlot } from "./local-time";
// The HTTP schemas of the metrics endpoints live with the API contract but are exported from here.
export * from "../api/metrics";
export {
  emptyFactsFold,
  factsFoldFits,
  factsFoldOf,
  factsOfFold,
  foldFacts,
  type FactsFold,
} from "./facts-fold";
