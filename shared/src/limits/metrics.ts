import type { Limit } from "./limit";

/** GET /metrics, GET /export.csv and the rollup documents behind them. */
export const METRICS_LIMITS = {
  metricsRangeDays: {
    value: 366,
    unit: "days",
    area: "Metrics and export",
    what: "Days in one GET /metrics or GET /export.csv range (`from` to `to`, both included)",
    why: "A year: longer ranges belong in several exports, and it bounds the documents one request reads.",
    reached: "400 invalid_request: `to: a range is at most 366 days`",
  },
  exportRowsPerAnswer: {
    value: 5_000,
    unit: "rows",
    area: "Metrics and export",
    what: "Rows (and facts documents read) in one GET /export.csv answer",
    why: "About 0.3 KB a row keeps an answer near 1.5 MB and a few seconds, far inside a function's response size and timeout.",
    reached:
      "Nothing visible in the dashboard: the answer names the next page in a Baton-Export-Next header and the download follows the pages into one file.",
  },
  exportPageSize: {
    value: 500,
    unit: "documents",
    area: "Metrics and export",
    what: "Facts documents the export reads from Firestore at a time",
    why: "A page costs one bounded round trip and bounded memory whatever the organisation's size.",
    reached: "Nothing visible.",
  },
  exportCursorLength: {
    value: 1024,
    unit: "characters",
    area: "Metrics and export",
    what: "The `cursor` of GET /export.csv",
    why: "A cursor the export issued (a conversation key and two instants) fits in far less.",
    reached: "400 invalid_request: `cursor: expected the cursor a previous page named`",
  },
  mailboxRollupShards: {
    value: 32,
    unit: "documents",
    area: "Metrics and export",
    what: "Shards of a mailbox-wide rollup (per day)",
    why: "Firestore takes about one sustained write per second per document; 32 keep the busiest shard near 0.6 writes/s at 20 events/s on one mailbox.",
    reached: "Nothing visible: GET /metrics reads up to this many documents per key and day and merges them.",
  },
  agentRollupShards: {
    value: 4,
    unit: "documents",
    area: "Metrics and export",
    what: "Shards of one member's rollup (per day)",
    why: "Only that member's conversations write it, a few a second at most.",
    reached: "Nothing visible: GET /metrics merges them.",
  },
  factEntries: {
    value: 50,
    unit: "items",
    area: "Metrics and export",
    what: "Entries each list of a conversation's stored metric facts keeps",
    why: "50 entries of at most 385 bytes in 6 lists is about 115 KB, far below Firestore's 1 MiB.",
    reached:
      "Nothing visible: older entries are counted instead of listed, and the export counts both; rollups stay exact.",
  },
  storedFactsFoldBytes: {
    value: 256 * 1024,
    unit: "bytes",
    area: "Metrics and export",
    what: "The stored facts fold beside a conversation's metric facts",
    why: "It keeps what running clocks can still read, which grows while one clock runs through thousands of status changes.",
    reached: "Nothing visible: past it no fold is stored and the next change folds the log (exact, slower).",
  },
} satisfies Record<string, Limit>;
