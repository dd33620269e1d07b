// @baton/shared: the pure domain every Baton package imports. No I/O, no platform globals, no clock.
export * from "./errors";
export * from "./conversation/types";
export * from "./sla/types";
export * from "./time";
export * from "./sla";
export * from "./identity";
export * from "./conversation";
export * from "./permissions";
export * from "./redaction";
export * from "./view";
export * from "./api";
export * from "./metrics";
export * from "./escalation";
export * from "./net";
