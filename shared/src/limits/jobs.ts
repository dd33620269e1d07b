import type { Limit } from "./limit";

/**
 * Background jobs (metrics rebuild, holiday recompute, retention sweep) run in bounded steps. Each
 * bound keeps one step, and so one function invocation and one transaction, small whatever the
 * size of the organisation.
 */
export const JOB_LIMITS = {
  jobLease: {
    value: 90_000,
    unit: "ms",
    area: "Jobs",
    what: "How long a runner holds a job without renewing its lease",
    why: "Longer than one step can take, so a live runner never loses its job; short enough that a crashed runner's job is picked up by the next scheduler run.",
    reached: "Nothing visible: a job whose runner died continues at the next scheduler run.",
  },
  requestStepBudget: {
    value: 5_000,
    unit: "ms",
    area: "Jobs",
    what: "Time the request that starts a job spends advancing it before answering 202",
    why: "A small organisation's job is done by then; a large one is continued by the scheduler.",
    reached: "The Jobs tab shows the job running, with its progress, until the scheduler finishes it.",
  },
  schedulerRunBudget: {
    value: 240_000,
    unit: "ms",
    area: "Jobs",
    what: "Time one scheduler run spends advancing jobs",
    why: "Under the function's 540 s timeout, with margin.",
    reached: "Nothing visible: the next run (a minute later) continues.",
  },
  stepBudget: {
    value: 10_000,
    unit: "ms",
    area: "Jobs",
    what: "Time one step spends taking new items before it saves its cursor",
    why: "A step that saves its cursor often loses little when a function is stopped.",
    reached: "Nothing visible.",
  },
  stepWrites: {
    value: 400,
    unit: "writes",
    area: "Jobs",
    what: "Writes one step commits with its cursor in one transaction",
    why: "Well under Firestore's per-transaction limits, so a page of facts and rollup increments always fits.",
    reached: "Nothing visible: the step ends and the next one continues.",
  },
  stepFailures: {
    value: 3,
    unit: "tries",
    area: "Jobs",
    what: "Steps that fail in a row before a job is marked failed",
    why: "A transient error is retried meanwhile; a step that fails three times will fail again.",
    reached:
      "The Jobs tab shows the job failed: `The job stopped after 3 failed attempts at the same step (last: <error>); start it again once the cause is fixed.`",
  },
  activeJobsPerRun: {
    value: 100,
    unit: "jobs",
    area: "Jobs",
    what: "Active jobs one scheduler run looks at",
    why: "They are few (one per kind and organisation); the bound keeps one run's reads small.",
    reached: "Nothing visible: the rest wait a minute for the next run.",
  },
  jobsListed: {
    value: 50,
    unit: "items",
    area: "Jobs",
    what: "Jobs GET /jobs lists (newest first)",
    why: "Enough to see what ran this week; it bounds the documents one request reads.",
    reached: "The Jobs tab shows the newest 50.",
  },
  retentionPage: {
    value: 50,
    unit: "conversations",
    area: "Jobs",
    what: "Expired conversations one retention step reads",
    why: "Each is erased in a few transactions, so a step stays within its budget.",
    reached: "Nothing visible: the next step continues.",
  },
  erasePage: {
    value: 200,
    unit: "documents",
    area: "Jobs",
    what: "Derived documents (facts, outbox, index entries) deleted per retention transaction",
    why: "One transaction's writes, with margin.",
    reached: "Nothing visible.",
  },
  rebuildFactsPage: {
    value: 50,
    unit: "conversations",
    area: "Jobs",
    what: "Conversations one metrics-rebuild facts step reads (each with its whole log)",
    why: "Bounds a step's reads and memory.",
    reached: "Nothing visible: the Jobs tab shows the progress.",
  },
  rebuildRollupPage: {
    value: 200,
    unit: "documents",
    area: "Jobs",
    what: "Rollup documents one metrics-rebuild step publishes, prunes or cleans",
    why: "One transaction's writes.",
    reached: "Nothing visible: the Jobs tab shows the progress.",
  },
  recomputePage: {
    value: 50,
    unit: "conversations",
    area: "Jobs",
    what: "Open conversations one holiday-recompute step re-computes",
    why: "Each is its own transaction; fifty keep a step within its budget.",
    reached: "Nothing visible: the Jobs tab shows the progress.",
  },
  backfillPage: {
    value: 300,
    unit: "conversations",
    area: "Jobs",
    what: "Conversations the one-shot metrics backfill reads per page",
    why: "Bounds the backfill's memory whatever the organisation's size.",
    reached: "Nothing visible.",
  },
} satisfies Record<string, Limit>;
