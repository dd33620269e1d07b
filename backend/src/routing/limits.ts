/**
 * Bounds of the routing engine's backend side (issue 16). Each keeps one scheduled run, one
 * rebalance call or one cache's staleness small and predictable; none is visible to a user except
 * as "it happens on the next run".
 */

/**
 * How stale the routing settings and members' availability read by routing may be (per instance).
 * Routing reads them on every new conversation; a few seconds saves two reads per arrival, and a
 * member who sets "away" is skipped by every instance within this time.
 */
export const ROUTING_CACHE_TTL_MS = 3_000;

/**
 * Waiting conversations one mailbox offers per sweep run (each is one transaction). The sweep runs
 * every minute, so a backlog drains at this rate per mailbox; more would risk the run's timeout.
 */
export const WAITING_ASSIGNMENTS_PER_RUN = 50;

/**
 * Unassigned conversations one sweep run reads per mailbox to find the waiting ones (their order is
 * computed in memory): bounds the run's reads whatever the backlog.
 */
export const WAITING_SCAN_PER_MAILBOX = 200;

/** Orgs one sweep run visits (a page of the orgs collection); the rest wait for the next minute. */
export const ROUTING_SWEEP_ORGS = 500;

/**
 * Conversations of a departed member read per page by a rebalance (each then moves in its own
 * transaction): a page is one query, small enough that a concurrent change rarely makes it stale.
 */
export const REBALANCE_BATCH = 20;

/**
 * Conversations one rebalance call moves before returning; the rest are resumed by the routing
 * sweep (the rebalance document says it is unfinished), so a member with thousands of open
 * conversations never holds a request for minutes.
 */
export const REBALANCE_PER_CALL = 200;

/** Unfinished rebalances one sweep run resumes per org (each moves up to REBALANCE_PER_CALL). */
export const REBALANCES_PER_SWEEP = 10;

/** Conversations a rebalance notice lists by subject; it says "and N more" after these. */
export const REBALANCE_NOTICE_LISTED = 20;

/**
 * Members one step of the member-load rebuild recounts (each one transaction of four count
 * aggregations): a page is one query, and a step stays well inside the jobs' step budget.
 */
export const MEMBER_LOAD_REBUILD_PAGE = 20;
