// Public surface of api/: the HTTP contract's schemas, parsing at the edge, and the one status map.
export * from "./version";
export * from "./primitives";
export * from "./observe";
export * from "./commands";
export * from "./notes";
export * from "./presence";
export * from "./queue";
export * from "./admin";
export * from "./escalation";
export * from "./org-settings";
export * from "./auth";
export * from "./domain-schemas";
export * from "./responses";
export * from "./http-errors";
export * from "./parse-request";
export * from "./describe-issue";
export * from "./routes";
