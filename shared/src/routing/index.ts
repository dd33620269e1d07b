// Public surface of routing/ (issue 16): rules, strategies, availability and their explanations.
export * from "./types";
export { validateRoutingRules, movesOf, type RulesContext } from "./validate-rules";
export { findMailboxLoop, findAnyMailboxLoop, type MoveGraph } from "./mailbox-loops";
export {
  evaluateRules,
  compileRules,
  type MessageFacts,
  type FiredAction,
  type RuleCause,
} from "./evaluate-rules";
export {
  availability,
  totalLoad,
  type AvailabilityContext,
  type OpenLoad,
  type RoutingMember,
} from "./availability";
export {
  pick,
  weightedLoad,
  LOAD_WEIGHTS,
  type Candidate,
  type ConversationToRoute,
  type PickResult,
  type PickState,
} from "./strategies";
export { waitingOrder, type Waiting } from "./waiting-order";
export {
  planRebalance,
  type MailboxRouting,
  type OpenConversation,
  type Reassignment,
  type RebalanceNotice,
  type RebalancePlan,
} from "./rebalance";
export { explainRoutedEvent, explainWaiting, mailboxLabel, type DisplayNames } from "./explain";
