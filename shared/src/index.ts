// @baton/shared: the pure domain every Baton package imports. No I/O, no platform globals, no clock.
export * from "./conversation/types";
export * from "./sla/types";
