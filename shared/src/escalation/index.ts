// Public surface of escalation/: what SLA clocks do when time runs out — who is told, how, and when.
export type * from "./types";
export { CHANNEL_KINDS } from "./types";
export { slaActionEventId } from "./action-id";
export { DEFAULT_ESCALATION_POLICY, validateEscalationPolicy } from "./policy";
export { onCallAt, validateRota } from "./rota";
export { nextWorkingInstant, shouldNotifyNow } from "./quiet-hours";
export { planSlaActions } from "./plan-actions";
export type { PlanInput } from "./plan-actions";
export { explainSla } from "./explain";
export type { ClockCause, ClockExplanation, Holding, RecordedSlaFact, SlaExplanation } from "./explain";
