// Public surface of sla/: SLA clocks derived from a conversation's event log.
export { slaState, slaHistory } from "./sla-state";
export { describeClockSummary, describeRoutedEvent, describeTimeline } from "./describe-timeline";
export { DEFAULT_SLA_POLICY, validateSlaPolicy } from "./policy";
export { effectiveInstant } from "./effective-instant";
export { emptySlaFold, foldSla, slaFoldOf, slaStateOfFold, type SlaFold } from "./fold";
export { MAX_STORED_STATUS_CHANGES, slaStateOfStored, storeSla, type StoredSla } from "./stored-sla";
