// Routing engine on the backend (issue 16): what other modules call. The pure rules live in
// @baton/shared/routing; this side reads settings, loads and cursors inside transactions.
export { routeNewArrival, type Arrival, type ArrivalMessage, type Routed } from "./route";
export { assignInTx, assignWaiting, routingSweepOrg, type WaitingReport } from "./waiting";
export { rebalanceMember, type RebalanceReason, type RebalanceReport } from "./rebalance";
export { loadDelta, writeLoadDelta, readLoadsInTx } from "./load";
export { forgetRoutingDirectory, routingDirectoryOf } from "./settings";
export { routingPaths } from "./paths";
export { loadWasCounted, memberLoadRebuildKind, recountMemberLoad } from "./load-rebuild";
export { startLoadRebuild } from "./load-rebuild-start";
export * from "./limits";
